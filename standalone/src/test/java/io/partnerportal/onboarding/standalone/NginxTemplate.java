package io.partnerportal.onboarding.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shipped nginx template (deploy/nginx), rendered as the nginx image renders it: envsubst with a list
 * of names, which replaces {@code ${NAME}} and {@code $NAME} for those names only and leaves every other
 * {@code $word} (nginx's own variables) alone.
 */
record NginxTemplate(Path file, String text) {

    /** Where the repository keeps it; tests run in the standalone module's directory. */
    static final Path SHIPPED = Path.of("..", "deploy", "nginx", "onboarding.conf.template");

    /** The names the template's comment promises; one left unrendered would leave nginx a literal "${...}". */
    private static final Pattern OURS = Pattern.compile("\\$\\{?ONBOARDING_[A-Z_]+}?");

    static NginxTemplate shipped() throws IOException {
        if (!Files.isRegularFile(SHIPPED)) {
            throw new IllegalStateException("The shipped nginx template is not at " + SHIPPED.toAbsolutePath());
        }
        return new NginxTemplate(SHIPPED, Files.readString(SHIPPED));
    }

    String render(Map<String, String> values) {
        String rendered = text;
        for (var value : values.entrySet()) {
            String name = Pattern.quote(value.getKey());
            rendered = rendered.replaceAll("\\$\\{" + name + "}|\\$" + name + "(?![A-Za-z0-9_])",
                    Matcher.quoteReplacement(value.getValue()));
        }
        Matcher left = OURS.matcher(rendered);
        if (left.find()) {
            throw new IllegalArgumentException(file + " needs a value for " + left.group() + " too");
        }
        return rendered;
    }
}
