package io.partnerportal.onboarding.standalone.bench;

import io.gatling.app.Gatling$;
import io.gatling.javaapi.core.Simulation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs one simulation in this JVM (never the backend's) and reads its figures back from the report Gatling
 * writes, one {@link Figures} per request name, that is per operation and rate.
 */
record GatlingRun(Path report, List<Figures> figures) {

    private static final Pattern REQUEST_ROW = Pattern.compile(
            "<tr id=\"(req_[^\"]*)\".*?class=\"ellipsed-name\">([^<]*)</span>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"value \\w+ col-(\\d+)\">([^<]*)</td>");

    static GatlingRun of(Class<? extends Simulation> simulation, LoadSettings settings, Path resultsFolder)
            throws IOException {
        settings.applyAsSystemProperties();
        Files.createDirectories(resultsFolder);
        int status = Gatling$.MODULE$.fromArgs(new String[]{
                "--simulation", simulation.getName(),
                "--results-folder", resultsFolder.toAbsolutePath().toString(),
                "--launcher", "partner-portal-bench"});
        if (status != 0) {
            throw new IllegalStateException("Gatling ended " + simulation.getSimpleName() + " with status " + status);
        }
        Path report = newestReport(resultsFolder, simulation);
        return new GatlingRun(report, figures(report.resolve("index.html"), settings.stepSeconds()));
    }

    private static Path newestReport(Path resultsFolder, Class<? extends Simulation> simulation) throws IOException {
        try (Stream<Path> runs = Files.list(resultsFolder)) {
            return runs.filter(run -> run.getFileName().toString().startsWith(simulation.getSimpleName().toLowerCase()))
                    .max(Comparator.comparing(Path::getFileName))
                    .orElseThrow(() -> new IllegalStateException("Gatling wrote no report under " + resultsFolder));
        }
    }

    /**
     * Gatling 3.14 keeps its statistics in its report's table only (no stats.json any more), so they are read
     * from there: one row per request, the columns of index.html's statistics table (col-2 total, col-3 OK,
     * col-4 KO, col-8 to col-11 the percentiles that gatling.conf names, col-12 max), failures included.
     */
    private static List<Figures> figures(Path indexHtml, int stepSeconds) throws IOException {
        String html = Files.readString(indexHtml);
        var figures = new ArrayList<Figures>();
        Matcher row = REQUEST_ROW.matcher(html);
        while (row.find()) {
            String[] name = row.group(2).split(" @ ");
            var columns = new HashMap<Integer, Double>();
            Matcher cell = CELL.matcher(row.group(3));
            while (cell.find()) {
                columns.put(Integer.valueOf(cell.group(1)), cell.group(2).strip().equals("-") ? Double.NaN
                        : Double.parseDouble(cell.group(2).replace(",", "")));
            }
            long ok = columns.get(3).longValue();
            figures.add(new Figures(name[0], Integer.parseInt(name[1].replaceAll("[^0-9]", "")), ok,
                    columns.get(4).longValue(), (double) ok / stepSeconds,
                    columns.get(8), columns.get(9), columns.get(10), columns.get(11), columns.get(12)));
        }
        if (figures.isEmpty()) {
            throw new IllegalStateException("No request rows in " + indexHtml + ": has Gatling's report changed?");
        }
        figures.sort(Comparator.comparing(Figures::operation).thenComparing(Figures::rate));
        return figures;
    }

}
