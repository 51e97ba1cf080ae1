package io.partnerportal.onboarding.standalone.bench;

import java.util.List;
import java.util.Locale;

/**
 * The backend's resident memory over the run as an SVG line, with the phases of the run marked and the
 * target drawn across: a picture that says at a glance whether memory settles or keeps growing.
 */
final class MemoryPlot {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 320;
    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 30;
    private static final int BOTTOM = 40;

    private MemoryPlot() {
    }

    static String svg(List<ResidentMemory.Sample> samples, long targetMib) {
        long lastMillis = Math.max(1, samples.isEmpty() ? 1 : samples.getLast().atMillis());
        long top = Math.max(targetMib, samples.stream().mapToLong(ResidentMemory.Sample::mib).max().orElse(0)) * 11 / 10;
        var svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"11\">%n", WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"13\">Resident memory of the backend "
                + "(MiB) over the run (s)</text>%n", LEFT));
        for (long mib = 0; mib <= top; mib += gridStep(top)) {
            double y = y(mib, top);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>%n",
                    LEFT, WIDTH - RIGHT, y, y, LEFT - 6, y + 4, mib));
        }
        double target = y(targetMib, top);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#c33\" "
                + "stroke-dasharray=\"6 4\"/><text x=\"%d\" y=\"%.1f\" fill=\"#c33\" text-anchor=\"end\">target %d MiB"
                + "</text>%n", LEFT, WIDTH - RIGHT, target, target, WIDTH - RIGHT, target - 4, targetMib));
        String phase = null;
        int label = 0;
        for (ResidentMemory.Sample sample : samples) {
            if (!sample.phase().equals(phase)) {
                phase = sample.phase();
                double x = x(sample.atMillis(), lastMillis);
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#999\" "
                        + "stroke-dasharray=\"2 3\"/><text x=\"%.1f\" y=\"%d\" fill=\"#555\">%s</text>%n",
                        x, x, TOP, HEIGHT - BOTTOM, x + 3, TOP + 12 + 12 * (label++ % 4), escape(phase)));
            }
        }
        svg.append("<polyline fill=\"none\" stroke=\"#2463a6\" stroke-width=\"1.5\" points=\"");
        for (ResidentMemory.Sample sample : samples) {
            svg.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(sample.atMillis(), lastMillis), y(sample.mib(), top)));
        }
        svg.append("\"/>\n");
        for (long second = 0; second * 1000 <= lastMillis; second += gridStep(lastMillis / 1000)) {
            double x = x(second * 1000, lastMillis);
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n",
                    x, HEIGHT - BOTTOM + 16, second));
        }
        return svg.append("</svg>\n").toString();
    }

    /** A round step that puts five to ten lines on the axis. */
    private static long gridStep(long range) {
        long step = 1;
        while (range / step > 10) {
            step *= (String.valueOf(step).startsWith("2") ? 2.5 : 2);
        }
        return step;
    }

    private static double x(long millis, long lastMillis) {
        return LEFT + (double) millis / lastMillis * (WIDTH - LEFT - RIGHT);
    }

    private static double y(long mib, long top) {
        return HEIGHT - BOTTOM - (double) mib / Math.max(1, top) * (HEIGHT - TOP - BOTTOM);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}
