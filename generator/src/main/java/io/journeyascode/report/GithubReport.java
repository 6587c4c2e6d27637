package io.journeyascode.report;

import io.journeyascode.api.ValidationResult;
import io.journeyascode.model.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, one a finding ({@code ::error file=…,line=…,col=…,title=…::message};
 * warnings as {@code ::warning}, infos as {@code ::notice}), which GitHub shows as annotations
 * on the pull request. Values are escaped so that no YAML text can end the command or start
 * another one: {@code %}, CR and LF everywhere, and {@code :} and {@code ,} in properties; other
 * control characters are written as escapes, as in the text format.
 */
final class GithubReport implements Reporter {

    @Override
    public void write(ValidationResult result, ReportOptions options, Writer out) throws IOException {
        for (Finding f : result.findings()) {
            out.write("::" + command(f) + " file="
                    + property(options.repositoryPath(f.span().file()))
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

    /**
     * {@code %}, CR and LF as GitHub reads them back; the other control characters (an escape
     * sequence in a YAML key, say) as the text format writes them, so that none reaches the log.
     */
    static String data(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (String part : text.split("(?<=[\r\n])|(?=[\r\n])", -1)) {
            sb.append(part.equals("\r") || part.equals("\n") ? part : TextReport.printable(part));
        }
        return sb.toString().replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
