import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;

/**
 * Writes a filled journal in NetJournal's own JSON format (a full export), for the build's training start: the
 * class-data-sharing archive / AOT cache is made by starting the app on a journal like a user's (contacts with
 * profiles, tags and interactions, sessions, goals, wins, step notes), not on the empty first start with its
 * welcome. Only java.base, so the build runs it straight from source:
 *
 *     java packaging/TrainingJournal.java OUT.json [CONTACTS]
 *
 * The build imports the file with the app's own command line ({@code netjournal --data-dir DIR import OUT.json}),
 * which restores a full export into the empty training folder. Seeded: every build trains on the same journal.
 */
public final class TrainingJournal {

    private static final String[] FIRST = {"Anna", "Jörg", "Chloé", "Mehmet", "Sofia", "Łukasz", "Nia", "Ben",
        "Ingrid", "Kenji", "Zoë", "Omar", "Greta", "Rafael", "Aiko", "Malte"};
    private static final String[] LAST = {"Müller", "Schmidt", "O'Brien", "Nguyen", "Fischer", "García", "Weiß",
        "Kowalski", "Berg", "Tanaka", "Schäfer", "Dubois", "Hoffmann", "Okafor", "Lindqvist", "Braun"};
    private static final String[] COMPANY = {"Acme GmbH", "Nordlicht AG", "Blue Harbor Ltd", "Kiez Labs", ""};
    private static final String[] STAGES = {"observe", "like", "comment", "connect", "message", "meet"};
    private static final String[] CADENCES = {"none", "2w", "monthly", "quarterly", "custom:10"};
    private static final String[] KINDS = {"viewed-profile", "liked", "commented", "request-sent", "connected",
        "messaged", "met", "other"};
    private static final String[] NETWORKS = {"linkedin", "xing", "instagram", "other"};
    private static final String[] TAGS = {"mentor", "berlin", "conference", "alumni", "design", "köln"};

    private TrainingJournal() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java TrainingJournal.java OUT.json [CONTACTS]");
            System.exit(2);
        }
        int contacts = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        Files.writeString(Path.of(args[0]), json(contacts, new Random(15)), StandardCharsets.UTF_8);
    }

    static String json(int contactCount, Random random) {
        LocalDate today = LocalDate.now();
        int sessionCount = 60;
        StringBuilder out = new StringBuilder(contactCount * 600);
        out.append("{\"format\":\"netjournal\",\"version\":1,\"exportedAt\":\"2026-01-01T00:00:00Z\",\n");
        out.append("\"settings\":{\"firstStart.welcome\":\"finished\"},\n\"steps\":[");
        for (int step = 1; step <= 7; step++) {
            out.append(step > 1 ? "," : "").append("{\"number\":").append(step).append(",\"notes\":")
                    .append(quote("Notes for step " + step + ": what worked, what felt hard.\nNext: keep going."))
                    .append(",\"markedDone\":").append(step <= 3).append(",\"updatedAt\":null,\"checklist\":[]}");
        }
        out.append("],\n\"contacts\":[");
        long interactionId = 1;
        for (int id = 1; id <= contactCount; id++) {
            String first = pick(FIRST, random);
            String last = pick(LAST, random);
            out.append(id > 1 ? ",\n" : "").append("{\"id\":").append(id)
                    .append(",\"firstName\":").append(quote(first))
                    .append(",\"lastName\":").append(quote(last))
                    .append(",\"company\":").append(quote(pick(COMPANY, random)))
                    .append(",\"role\":").append(quote(random.nextBoolean() ? "Product designer" : "Engineer"))
                    .append(",\"email\":").append(quote(first.toLowerCase().replaceAll("[^a-z]", "") + id
                            + "@example.org"))
                    .append(",\"howWeMet\":").append(quote("Met at a meetup in " + pick(TAGS, random)))
                    .append(",\"stage\":").append(quote(pick(STAGES, random)))
                    .append(",\"cadence\":").append(quote(pick(CADENCES, random)))
                    .append(",\"notes\":").append(quote("Likes hiking. Ask about the new project."))
                    .append(",\"source\":\"manual\",\"connectedOn\":null")
                    .append(",\"createdAt\":\"2025-0").append(1 + random.nextInt(9)).append("-1").append(random.nextInt(10))
                    .append("T09:00:00Z\"")
                    .append(",\"profiles\":[{\"network\":\"linkedin\",\"url\":\"https://www.linkedin.com/in/train")
                    .append(id).append("\"}]")
                    .append(",\"tags\":[").append(quote(pick(TAGS, random))).append("]")
                    .append(",\"interactions\":[");
            int interactions = random.nextInt(5);
            for (int i = 0; i < interactions; i++) {
                out.append(i > 0 ? "," : "").append("{\"id\":").append(interactionId++)
                        .append(",\"date\":\"").append(today.minusDays(random.nextInt(700))).append('"')
                        .append(",\"kind\":").append(quote(pick(KINDS, random)))
                        .append(",\"network\":").append(quote(pick(NETWORKS, random)))
                        .append(",\"note\":").append(quote("Talked about " + pick(TAGS, random)))
                        .append(",\"sessionId\":null}");
            }
            out.append("]}");
        }
        out.append("],\n\"sessions\":[");
        for (int id = 1; id <= sessionCount; id++) {
            LocalDateTime start = today.minusDays(3L * id).atTime(18, 30);
            out.append(id > 1 ? ",\n" : "").append("{\"id\":").append(id)
                    .append(",\"start\":\"").append(start).append('"')
                    .append(",\"durationMinutes\":").append(10 + random.nextInt(30))
                    .append(",\"networks\":[\"linkedin\"],\"counts\":{\"comments\":").append(random.nextInt(4))
                    .append(",\"likes\":").append(random.nextInt(6)).append('}')
                    .append(",\"energyBefore\":").append(1 + random.nextInt(5))
                    .append(",\"energyAfter\":").append(1 + random.nextInt(5))
                    .append(",\"howItFelt\":").append(quote("Easier than last week."))
                    .append(",\"notes\":").append(quote("Commented on two posts."))
                    .append(",\"touched\":[{\"contactId\":").append(1 + random.nextInt(contactCount))
                    .append(",\"kind\":\"commented\"}]}");
        }
        out.append("],\n\"goals\":[{\"id\":1,\"network\":\"linkedin\",\"action\":\"comments\",\"target\":3,")
                .append("\"since\":\"").append(today.minusDays(200)).append("\"}],\n");
        out.append("\"drafts\":[{\"id\":1,\"network\":\"linkedin\",\"title\":\"Thank you\",")
                .append("\"text\":\"Hi {firstName}, thank you for the talk!\"}],\n");
        out.append("\"wins\":[{\"id\":1,\"date\":\"").append(today.minusDays(3))
                .append("\",\"text\":\"Sent my first message.\",\"sessionId\":1}]}\n");
        return out.toString();
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
