package org.netjournal.app;

import java.util.List;
import java.util.Optional;

/** The options the window understands: {@code --data-dir DIR} (or {@code --data-dir=DIR}). */
record CommandLine(Optional<String> dataDir) {

    static CommandLine parse(List<String> args) {
        String dataDir = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--data-dir")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("--data-dir needs a folder");
                }
                dataDir = args.get(++i);
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = arg.substring("--data-dir=".length());
            } else {
                throw new IllegalArgumentException("Unknown option: " + arg);
            }
        }
        return new CommandLine(Optional.ofNullable(dataDir));
    }
}
