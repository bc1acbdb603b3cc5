package org.netjournal.app;

import picocli.CommandLine.Option;

/** {@code -h, --help} of every command (a picocli mixin): that command's usage on stdout, status 0. */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
    private boolean help;
}
