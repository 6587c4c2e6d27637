package io.journeyascode.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes a synthetic but realistic journeys folder for the benchmark (SPEC §10): {@code n}
 * journey files of 20–30 touchpoints in 4–6 stages that cover before, during and after, a
 * playbook.yaml with teams and personas, and measurement CSVs. The same seed gives the same
 * bytes, and journey {@code j} does not depend on {@code n}, so a smaller corpus is a prefix of
 * a larger one.
 *
 * <p>The corpus is meant to validate without errors or warnings, so that the benchmark measures
 * the real path (validate, then build): every critical touchpoint is measured and owned, every
 * touchpoint has expectations and a target emotion among its journey's, every journey has a
 * peak and several channels, measured actuals meet their targets. Measurement dates are fixed
 * (2026), so playbook.yaml sets {@code measurement_max_age_days} wide enough that they never go
 * stale: the output must not depend on the day the benchmark runs.
 */
public final class CorpusGenerator {

    public static final long DEFAULT_SEED = 20261122L;

    private static final String[] TEAMS = {
        "marketing",
        "ecommerce",
        "customer-service",
        "logistics",
        "billing",
        "sales",
        "field-service",
        "product",
        "loyalty",
        "partner-management",
        "brand",
        "legal"
    };
    private static final String[] PERSONAS = {
        "busy-parent", "first-time-buyer", "small-business-owner", "retired-customer", "student", "frequent-traveller"
    };
    private static final String[] PERSONA_NAMES = {
        "Busy parent", "First-time buyer", "Small business owner", "Retired customer", "Student", "Frequent traveller"
    };
    private static final List<String> POSITIVE_EMOTIONS =
            List.of("joy", "trust", "surprise", "anticipation", "relief", "calm");

    private static final String[] SUBJECTS = {
        "Online order",
        "Mortgage application",
        "Mobile subscription",
        "Home insurance claim",
        "Energy contract",
        "Car service booking",
        "Gym membership",
        "Hotel stay",
        "Furniture delivery",
        "Broadband installation",
        "Student loan",
        "Pet insurance",
        "Prescription refill",
        "Concert tickets",
        "Car lease",
        "Grocery pickup",
        "Bank account opening",
        "Parcel return",
        "Software trial",
        "Dental appointment",
        "Flight rebooking",
        "Streaming signup",
        "Solar panel purchase",
        "Library membership",
        "Moving house"
    };
    private static final String[] REGIONS = {
        "Helsinki", "Tampere", "Oulu", "Turku", "Nordic", "Baltic", "online", "rural", "enterprise", "campus"
    };

    private record TpKind(String name, String channel, boolean indirect, boolean external) {}

    private static final TpKind[] BEFORE = {
        new TpKind("Social media ad", "social", true, false),
        new TpKind("Search result", "web", false, false),
        new TpKind("Friend's recommendation", "word-of-mouth", true, true),
        new TpKind("Review site", "partner", true, true),
        new TpKind("Product comparison page", "web", false, false),
        new TpKind("Price calculator", "web", false, false),
        new TpKind("Newsletter signup", "email", false, false),
        new TpKind("Store window display", "store", false, false),
        new TpKind("Trial offer email", "email", false, false),
        new TpKind("Landing page", "web", false, false),
        new TpKind("Chatbot greeting", "chat", false, false),
        new TpKind("Printed brochure", "print", false, false),
        new TpKind("Sales call", "phone", false, false),
        new TpKind("App store listing", "mobile", false, false)
    };
    private static final TpKind[] DURING = {
        new TpKind("Sign-up form", "web", false, false),
        new TpKind("Identity check", "mobile", false, false),
        new TpKind("Checkout", "web", false, false),
        new TpKind("Payment", "web", false, false),
        new TpKind("Order confirmation email", "email", false, false),
        new TpKind("Contract signing", "web", false, false),
        new TpKind("Delivery tracking", "mobile", false, false),
        new TpKind("Home delivery", "partner", false, false),
        new TpKind("Installation visit", "store", false, false),
        new TpKind("Welcome call", "phone", false, false),
        new TpKind("Store pickup", "store", false, false),
        new TpKind("Appointment booking", "web", false, false),
        new TpKind("Advisor meeting", "store", false, false),
        new TpKind("Welcome letter", "mail", false, false)
    };
    private static final TpKind[] AFTER = {
        new TpKind("First invoice", "email", false, false),
        new TpKind("Satisfaction survey", "email", false, false),
        new TpKind("Support chat", "chat", false, false),
        new TpKind("Return request", "web", false, false),
        new TpKind("Loyalty programme", "mobile", false, false),
        new TpKind("Renewal reminder", "email", false, false),
        new TpKind("Complaint handling", "phone", false, false),
        new TpKind("Product review request", "email", false, false),
        new TpKind("Referral invitation", "mobile", false, false),
        new TpKind("Cancellation", "web", false, false),
        new TpKind("Online reviews", "partner", true, true),
        new TpKind("Paper statement", "mail", false, false)
    };
    private static final String[][] STAGE_NAMES = {
        {"Discover", "Research", "Compare", "Consider"},
        {"Choose", "Buy", "Onboard", "Receive", "Set up"},
        {"Use", "Get help", "Renew", "Recommend"}
    };
    private static final String[] EXPECTATIONS = {
        "The price shown is the price paid",
        "An answer within one working day",
        "No need to repeat what I already told",
        "Clear next steps",
        "The promised date is kept",
        "Works on my phone",
        "A real person when I need one",
        "My data is handled with care",
        "The offer in the ad is honoured",
        "Progress is visible at every step",
        "Language I understand, without jargon",
        "Easy to undo a mistake"
    };
    private static final String[] NOTE_LINES = {
        "Greet the customer by name and confirm what was agreed.",
        "Keep the tone calm: this is where doubts appear.",
        "See the *service standard* for response times.",
        "Customers often arrive here from the **mobile app**.",
        "Escalate to the team lead after two failed attempts.",
        "The wording was tested with five customers in 2026.",
        "Check the [measurement guide](https://intra.example.com/cx/measure) before changing metrics.",
        "A short checklist:\n\n- confirm identity\n- summarise the order\n- promise a date you can keep"
    };
    private static final String[] PROVIDERS = {"Mainostoimisto Oy", "Logistics Partner Ab", "CallCenter Nord Oy"};

    private final long seed;

    public CorpusGenerator(long seed) {
        this.seed = seed;
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator OUT_DIR N [SEED]");
            System.exit(2);
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        new CorpusGenerator(seed).write(Path.of(args[0]), Integer.parseInt(args[1]));
    }

    /** Writes the corpus into {@code dir} (created; existing files of the same names are replaced). */
    public void write(Path dir, int n) {
        try {
            Files.createDirectories(dir.resolve("measurements"));
            write(dir.resolve("playbook.yaml"), playbook());
            List<JourneyText> journeys = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                journeys.add(journey(j));
            }
            int perFile = 100;
            for (int j = 0; j < n; j++) {
                JourneyText journey = journeys.get(j);
                write(dir.resolve(journey.file()), journey.yaml());
            }
            for (int f = 0; f * perFile < n; f++) {
                StringBuilder csv = new StringBuilder("journey,touchpoint,metric,value,date\n");
                for (int j = f * perFile; j < Math.min(n, (f + 1) * perFile); j++) {
                    csv.append(journeys.get(j).csv());
                }
                write(
                        dir.resolve("measurements").resolve(String.format(Locale.ROOT, "survey-%02d.csv", f)),
                        csv.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id of journey {@code j} (stable for a seed). */
    public String journeyId(int j) {
        return skeleton(j).id();
    }

    /** The file of journey {@code j} inside the corpus folder. */
    public String journeyFile(int j) {
        return fileOf(j, journeyId(j));
    }

    private static String fileOf(int j, String id) {
        return "area-" + (j % 10) + "/" + id + (j % 7 == 3 ? ".yml" : ".yaml");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private String playbook() {
        StringBuilder y = new StringBuilder();
        y.append("title: Acme CX playbook (benchmark corpus)\n");
        y.append("locale: en\n");
        y.append("brand_promise: Easy, reliable, delightful\n");
        y.append("measurement_max_age_days: 36500\n");
        y.append("teams:\n");
        for (String team : TEAMS) {
            y.append("  - id: ").append(team).append('\n');
            y.append("    name: ").append(quote(title(team))).append('\n');
            y.append("    contact: ").append(team).append("@example.com\n");
        }
        y.append("personas:\n");
        for (int i = 0; i < PERSONAS.length; i++) {
            y.append("  - id: ").append(PERSONAS[i]).append('\n');
            y.append("    name: ").append(quote(PERSONA_NAMES[i])).append('\n');
            y.append("    description: ")
                    .append(quote("A " + PERSONA_NAMES[i].toLowerCase(Locale.ROOT)
                            + " who values *clear* steps and keeps an eye on the price."))
                    .append('\n');
        }
        return y.toString();
    }

    private record JourneyText(String id, String file, String yaml, String csv) {}

    private record Tp(String id, TpKind kind) {}

    private record StageSkeleton(String id, String name, int phase, List<Tp> touchpoints) {}

    /** The structure of a journey: ids, stages, touchpoints. Drawn from its own stream. */
    private record Skeleton(
            String id, String subject, String region, String owner, List<String> emotions, List<StageSkeleton> stages) {

        List<Tp> touchpoints() {
            return stages.stream().flatMap(s -> s.touchpoints().stream()).toList();
        }
    }

    private SplittableRandom random(int j, int stream) {
        return new SplittableRandom(seed * 1_000_003L + j * 7L + stream);
    }

    private Skeleton skeleton(int j) {
        SplittableRandom r = random(j, 0);
        String subject = pick(r, SUBJECTS);
        String region = pick(r, REGIONS);
        String id = slug(subject) + "-" + slug(region) + String.format(Locale.ROOT, "-%04d", j);
        String owner = pick(r, TEAMS);
        List<String> emotions = pickSome(r, POSITIVE_EMOTIONS, 2 + r.nextInt(3));
        int stageCount = 4 + r.nextInt(3);
        int tpCount = 20 + r.nextInt(11);
        int[] phases = stagePhases(r, stageCount);
        int[] perStage = spread(r, tpCount, stageCount);
        List<StageSkeleton> stages = new ArrayList<>();
        Set<String> stageIds = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        List<List<String>> namePools = new ArrayList<>();
        for (String[] names : STAGE_NAMES) {
            namePools.add(new ArrayList<>(List.of(names)));
        }
        for (int s = 0; s < stageCount; s++) {
            // Distinct names within a journey, in the natural order of their phase.
            List<String> pool = namePools.get(phases[s]);
            int left = 0;
            for (int k = s; k < stageCount; k++) {
                left += phases[k] == phases[s] ? 1 : 0;
            }
            String stageName = pool.remove(r.nextInt(pool.size() - left + 1));
            String stageId = unique(stageIds, slug(stageName));
            TpKind[] kinds = phases[s] == 0 ? BEFORE : phases[s] == 1 ? DURING : AFTER;
            List<Tp> tps = new ArrayList<>();
            for (int t = 0; t < perStage[s]; t++) {
                TpKind kind = kinds[r.nextInt(kinds.length)];
                tps.add(new Tp(unique(ids, slug(kind.name())), kind));
            }
            stages.add(new StageSkeleton(stageId, stageName, phases[s], tps));
        }
        return new Skeleton(id, subject, region, owner, emotions, stages);
    }

    private static String unique(Set<String> taken, String base) {
        String id = base;
        for (int k = 2; !taken.add(id); k++) {
            id = base + "-" + k;
        }
        return id;
    }

    private JourneyText journey(int j) {
        Skeleton sk = skeleton(j);
        SplittableRandom r = random(j, 1);
        String id = sk.id();
        String file = fileOf(j, id);
        List<Tp> all = sk.touchpoints();
        int peak = all.size() / 3 + r.nextInt(all.size() / 2);
        // Every journey but the first sets expectations for the previous journey's first touchpoint.
        String crossReference = j == 0
                ? null
                : skeleton(j - 1).id() + "/"
                        + skeleton(j - 1).touchpoints().get(0).id();

        StringBuilder y = new StringBuilder();
        StringBuilder csv = new StringBuilder();
        y.append("# Benchmark corpus journey ")
                .append(j)
                .append(" (generated, seed ")
                .append(seed)
                .append(")\n");
        y.append("id: ").append(id).append('\n');
        y.append("title: ")
                .append(quote(sk.subject() + " (" + sk.region() + ")"))
                .append('\n');
        y.append("persona: ").append(pick(r, PERSONAS)).append('\n');
        y.append("owner: ").append(sk.owner()).append('\n');
        y.append("target_emotions: [").append(String.join(", ", sk.emotions())).append("]\n");
        y.append("summary: ")
                .append(quote(sk.subject() + " for " + sk.region() + " customers, from first contact to renewal."))
                .append('\n');
        y.append("description: |\n");
        y.append("  Why this journey matters: **")
                .append(sk.subject().toLowerCase(Locale.ROOT))
                .append("** is where customers decide whether to stay.\n\n");
        y.append("  - Owner: ").append(title(sk.owner())).append('\n');
        y.append("  - Region: ").append(sk.region()).append('\n');
        y.append("stages:\n");
        int index = 0;
        Set<String> channels = new LinkedHashSet<>();
        for (StageSkeleton stage : sk.stages()) {
            y.append("  - id: ").append(stage.id()).append('\n');
            y.append("    name: ").append(quote(stage.name())).append('\n');
            y.append("    phase: ").append(PHASES[stage.phase()]).append('\n');
            y.append("    touchpoints:\n");
            for (Tp tp : stage.touchpoints()) {
                touchpoint(
                        r,
                        y,
                        csv,
                        id,
                        tp,
                        all,
                        index,
                        index == peak,
                        sk.emotions(),
                        index == 0 ? crossReference : null);
                channels.add(tp.kind().channel());
                index++;
            }
        }
        if (channels.size() < 2) {
            throw new IllegalStateException("single-channel journey " + id);
        }
        return new JourneyText(id, file, y.toString(), csv.toString());
    }

    private static final String[] PHASES = {"before", "during", "after"};

    private void touchpoint(
            SplittableRandom r,
            StringBuilder y,
            StringBuilder csv,
            String journeyId,
            Tp tp,
            List<Tp> all,
            int index,
            boolean peak,
            List<String> emotions,
            String crossReference) {
        TpKind kind = tp.kind();
        boolean critical = !kind.external() && r.nextInt(4) == 0;
        String i = "      ";
        y.append(i).append("- id: ").append(tp.id()).append('\n');
        i = "        ";
        y.append(i).append("name: ").append(quote(kind.name())).append('\n');
        y.append(i).append("channel: ").append(kind.channel()).append('\n');
        if (kind.indirect()) {
            y.append(i).append("interaction: indirect\n");
        }
        if (r.nextInt(3) == 0) {
            y.append(i).append("owner: ").append(pick(r, TEAMS)).append('\n');
        }
        if (critical) {
            y.append(i).append("critical: true\n");
        }
        boolean waivedOutsourced = false;
        if (kind.external()) {
            y.append(i).append("ownership: external\n");
        } else if (r.nextInt(12) == 0) {
            y.append(i).append("ownership: outsourced\n");
            y.append(i).append("provider: ").append(quote(pick(r, PROVIDERS))).append('\n');
            waivedOutsourced = critical;
        }
        y.append(i).append("expectations:\n");
        for (String e : pickSome(r, List.of(EXPECTATIONS), 1 + r.nextInt(3))) {
            y.append(i).append("  - ").append(quote(e)).append('\n');
        }
        y.append(i)
                .append("target_emotion: ")
                .append(emotions.get(r.nextInt(emotions.size())))
                .append('\n');
        if (r.nextBoolean()) {
            y.append(i)
                    .append("dimensions: [")
                    .append(String.join(
                            ", ",
                            pickSome(r, List.of("emotional", "cognitive", "social", "sensory"), 1 + r.nextInt(2))))
                    .append("]\n");
            y.append(i)
                    .append("factors: [")
                    .append(String.join(
                            ", ", pickSome(r, List.of("functional", "psychological", "content"), 1 + r.nextInt(2))))
                    .append("]\n");
        }
        if (peak) {
            y.append(i).append("moment: peak\n");
        } else if (index == all.size() - 1) {
            y.append(i).append("moment: end\n");
        } else if (r.nextInt(15) == 0) {
            y.append(i).append("moment: pain\n");
        }
        if (critical || r.nextInt(3) == 0) {
            metrics(r, y, csv, i, journeyId, tp.id(), 1 + r.nextInt(2));
        }
        // A branch that skips one touchpoint keeps every touchpoint reachable.
        if (index + 2 < all.size() && r.nextInt(6) == 0) {
            y.append(i)
                    .append("leads_to: [")
                    .append(all.get(index + 1).id())
                    .append(", ")
                    .append(all.get(index + 2).id())
                    .append("]\n");
        }
        if (index + 3 < all.size() && r.nextInt(8) == 0) {
            y.append(i)
                    .append("sets_expectations_for: [")
                    .append(all.get(index + 3).id())
                    .append("]\n");
        } else if (crossReference != null) {
            y.append(i)
                    .append("sets_expectations_for: [")
                    .append(crossReference)
                    .append("]\n");
        }
        if (r.nextInt(3) == 0) {
            y.append(i).append("notes: |\n");
            for (String line : pickSome(r, List.of(NOTE_LINES), 1 + r.nextInt(3))) {
                for (String part : line.split("\n", -1)) {
                    y.append(part.isEmpty() ? "" : i + "  " + part).append('\n');
                }
                y.append('\n');
            }
        }
        if (r.nextInt(5) == 0) {
            y.append(i).append("links:\n");
            y.append(i)
                    .append("  - title: ")
                    .append(quote(kind.name() + " dashboard"))
                    .append('\n');
            y.append(i)
                    .append("    url: https://bi.example.com/cx/")
                    .append(journeyId)
                    .append('/')
                    .append(tp.id())
                    .append('\n');
        }
        if (waivedOutsourced) {
            y.append(i).append("waivers:\n");
            y.append(i).append("  - rule: critical-outsourced\n");
            y.append(i)
                    .append("    reason: ")
                    .append(quote("Contract with SLA and monthly review"))
                    .append('\n');
            y.append(i).append("    until: 2099-12-31\n");
        }
    }

    private void metrics(
            SplittableRandom r,
            StringBuilder y,
            StringBuilder csv,
            String i,
            String journeyId,
            String tpId,
            int count) {
        y.append(i).append("metrics:\n");
        List<String> types = pickSome(r, List.of("nps", "csat", "ces", "emotion", "custom"), count);
        for (String type : types) {
            y.append(i).append("  - type: ").append(type).append('\n');
            String key = type;
            if (type.equals("custom")) {
                key = "Task completion rate";
                y.append(i).append("    name: ").append(quote(key)).append('\n');
            }
            double target;
            double actual;
            switch (type) {
                case "nps" -> {
                    target = 10 + r.nextInt(40);
                    actual = target + r.nextInt(20);
                }
                case "ces" -> {
                    target = 3 + r.nextInt(3);
                    actual = target - r.nextInt(2) - r.nextInt(10) / 10.0;
                }
                default -> {
                    target = 60 + r.nextInt(25);
                    actual = Math.min(100, target + r.nextInt(15));
                }
            }
            y.append(i).append("    target: ").append(number(target)).append('\n');
            if (r.nextBoolean()) {
                y.append(i).append("    actual: ").append(number(actual)).append('\n');
            } else {
                // A series in the measurements CSV; the newest value meets the target.
                int points = 2 + r.nextInt(4);
                for (int p = 0; p < points; p++) {
                    double value = p == points - 1
                            ? actual
                            : type.equals("ces") ? actual + r.nextInt(2) : actual - r.nextInt(10);
                    csv.append(journeyId)
                            .append(',')
                            .append(tpId)
                            .append(',')
                            .append(key)
                            .append(',')
                            .append(number(value))
                            .append(',')
                            .append(String.format(Locale.ROOT, "2026-%02d-%02d", 1 + p * 2, 1 + r.nextInt(28)))
                            .append('\n');
                }
            }
        }
    }

    /** Stage phases in customer order: at least one each of before, during, after. */
    private static int[] stagePhases(SplittableRandom r, int stageCount) {
        int[] phases = new int[stageCount];
        int before = 1 + r.nextInt(stageCount - 2);
        int during = 1 + r.nextInt(stageCount - before - 1);
        for (int s = 0; s < stageCount; s++) {
            phases[s] = s < before ? 0 : s < before + during ? 1 : 2;
        }
        return phases;
    }

    /** {@code total} items over {@code parts} parts, each at least 2. */
    private static int[] spread(SplittableRandom r, int total, int parts) {
        int[] counts = new int[parts];
        java.util.Arrays.fill(counts, 2);
        for (int k = 2 * parts; k < total; k++) {
            counts[r.nextInt(parts)]++;
        }
        return counts;
    }

    private static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static List<String> pickSome(SplittableRandom r, List<String> values, int count) {
        List<String> pool = new ArrayList<>(values);
        List<String> chosen = new ArrayList<>();
        for (int k = 0; k < count && !pool.isEmpty(); k++) {
            chosen.add(pool.remove(r.nextInt(pool.size())));
        }
        return chosen;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace("'", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }

    private static String title(String id) {
        String words = id.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
