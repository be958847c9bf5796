package id.latih.platform.problem;

import java.util.Locale;
import java.util.Map;

/** Titles of the problem kinds in English and Bahasa Indonesia, chosen by the request's Accept-Language. */
final class ProblemTitles {

    private static final Map<String, String[]> TITLES = Map.of(
            "validation", new String[] {"The request is not valid", "Permintaan tidak valid"},
            "not-found", new String[] {"Not found", "Tidak ditemukan"},
            "unauthenticated", new String[] {"A valid bearer token is required", "Diperlukan token akses yang sah"},
            "forbidden", new String[] {"Not allowed for this caller", "Tidak diizinkan untuk pemanggil ini"},
            "conflict", new String[] {"The request conflicts with the current state", "Permintaan bertentangan dengan keadaan saat ini"},
            "internal", new String[] {"Unexpected error", "Terjadi kesalahan tak terduga"});

    private ProblemTitles() {
    }

    static String title(String kind, Locale locale) {
        String[] titles = TITLES.getOrDefault(kind, TITLES.get("conflict"));
        return "id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage()) ? titles[1] : titles[0];
    }
}
