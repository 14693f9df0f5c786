package uk.vigil.generator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigil generate}: writes a synthetic dataset in the import format, with its manifest of planted truths. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a synthetic MAPPA dataset (CSV files in the import format plus manifest.json).")
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--nominals", defaultValue = "10000",
            description = "Number of nominal records, 1,000 to 1,000,000 (default: ${DEFAULT-VALUE}).")
    int nominals;

    @Option(names = "--area", paramLabel = "COUNTY",
            description = "County as spelt in gb-places.csv, repeatable, or 'all' for every county of England and Wales "
                    + "(default: Cumbria).")
    List<String> areas;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if absent).")
    Path out;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", defaultValue = "2026-11-01",
            description = "The dataset's 'today' (default: ${DEFAULT-VALUE}).")
    LocalDate asOf;

    public static void main(String[] args) {
        System.exit(new CommandLine(new GenerateCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        GeneratorOptions options;
        try {
            options = new GeneratorOptions(nominals, areas, seed, out, asOf);
            Generator.checkAreas(options);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        var err = spec.commandLine().getErr();
        GenerationReport report = new Generator(options, line -> {
            err.println(line);
            err.flush();
        }).run();
        spec.commandLine().getOut().print(report.summary());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
