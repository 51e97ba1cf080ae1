package io.partnerportal.onboarding.query.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("The canonical JSON of a feed entry (RFC 8785)")
class JcsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String canonical(String json) throws Exception {
        return Jcs.canonical(JSON.readTree(json));
    }

    @Test
    @DisplayName("sorts members by name at every depth and drops all white space")
    void sortsAndCompacts() throws Exception {
        assertThat(canonical("{ \"b\": 1, \"a\": { \"d\": [3, 2], \"c\": null }, \"A\": true }"))
                .isEqualTo("{\"A\":true,\"a\":{\"c\":null,\"d\":[3,2]},\"b\":1}");
    }

    @Test
    @DisplayName("escapes only what JSON must, and keeps other characters as they are")
    void escapes() throws Exception {
        assertThat(canonical("{\"s\":\"S\\u00e3o Paulo \\\"quoted\\\" \\\\ \\n\\t\\u0001 /€\"}"))
                .isEqualTo("{\"s\":\"São Paulo \\\"quoted\\\" \\\\ \\n\\t\\u0001 /€\"}");
    }

    @Test
    @DisplayName("writes integers plainly and refuses fractions, which entries never hold")
    void numbers() throws Exception {
        assertThat(canonical("{\"position\":1234567890123,\"n\":-7}")).isEqualTo("{\"n\":-7,\"position\":1234567890123}");
        assertThatThrownBy(() -> canonical("{\"x\":1.5}")).isInstanceOf(IllegalArgumentException.class);
    }
}
