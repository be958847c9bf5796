package id.latih.platform.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

    @Test
    void text_is_composed_and_trimmed_so_two_spellings_of_a_name_are_one() {
        assertThat(TextRules.normalise("  Andre\u0301  ")).isEqualTo("Andr\u00e9");
        assertThat(TextRules.normalise("\u3000Siti\u00a0")).isEqualTo("Siti\u00a0".strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Siti Nurhaliza", "Dr. Ir. H. Ahmad, M.Sc.", "Андрей", "محمد", "👩‍⚕️ perawat",
            "a\u200Bb"})
    void ordinary_text_in_any_script_is_accepted(String text) {
        assertThat(TextRules.refusal(text, 100)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\tb", "a\nb", "\u001b[2J", "a\u007fb", "a\u0085b", "a\u009bb"})
    void control_characters_are_refused(String text) {
        assertThat(TextRules.refusal(text, 100)).contains("control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u202Ab", "a\u202Bb", "a\u202Cb", "a\u202Db", "a\u202Eb", "a\u2066b", "a\u2067b",
            "a\u2068b", "a\u2069b"})
    void direction_overrides_and_isolates_are_refused(String text) {
        assertThat(TextRules.refusal(text, 100)).contains("direction");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\u200B", "\u200C\u200D", "\u2060", "\uFEFF", "\u00a0", "\u3000", "\u3164"})
    void text_with_nothing_visible_is_refused(String text) {
        assertThat(TextRules.refusal(text, 100)).contains("visible characters");
    }

    @Test
    void unpaired_surrogates_non_characters_and_overlong_text_are_refused() {
        assertThat(TextRules.refusal("a\uD800b", 100)).contains("valid Unicode");
        assertThat(TextRules.refusal("a\uFFFEb", 100)).contains("valid Unicode");
        assertThat(TextRules.refusal("x".repeat(101), 100)).contains("at most 100");
    }
}
