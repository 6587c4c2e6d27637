package io.journeyascode.report;

import io.journeyascode.api.ValidationResult;
import io.journeyascode.model.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, one a finding ({@code ::error file=…,line=…,col=…,title=…::message};
 * warnings as {@code ::warning}, infos as {@code ::notice}), which GitHub shows as annotations
 * on the pull request. Values are escaped so that no YAML text can end the command or start
 * another one: {@code %}, CR and LF everywhere, and {@code :} and {@code ,} in properties.
 */
final class GithubReport implements Reporter {

    @Override
    public void write(ValidationResult result, ReportOptions options, Writer out) throws IOException {
        for (Finding f : result.findings()) {
            out.write("::" + command(f) + " file="
                    + property(options.displayPath(f.span().file()))
                    + ",line=" + f.span().line() + ",col=" + f.span().column()
                    + ",title=" + property(f.rule()) + "::" + data(f.message()) + "\n");
        }
    }

    private static String command(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
