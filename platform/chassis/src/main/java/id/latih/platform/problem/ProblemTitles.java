package id.latih.platform.problem;

import java.util.Locale;
import java.util.Map;

/** Titles of the problem kinds in English and Bahasa Indonesia, chosen by the request's Accept-Language. */
final class ProblemTitles {

    private static final Map<String, String[]> TITLES = Map.ofEntries(
            Map.entry("validation", new String[] {"The request is not valid", "Permintaan tidak valid"}),
            Map.entry("not-found", new String[] {"Not found", "Tidak ditemukan"}),
            Map.entry("unauthenticated", new String[] {"A valid bearer token is required", "Diperlukan token akses yang sah"}),
            Map.entry("forbidden", new String[] {"Not allowed for this caller", "Tidak diizinkan untuk pemanggil ini"}),
            Map.entry("conflict", new String[] {"The request conflicts with the current state", "Permintaan bertentangan dengan keadaan saat ini"}),
            Map.entry("internal", new String[] {"Unexpected error", "Terjadi kesalahan tak terduga"}),
            Map.entry("too-large", new String[] {"The request body is too large", "Isi permintaan terlalu besar"}),
            Map.entry("unavailable", new String[] {"Temporarily unavailable, try again shortly", "Sementara tidak tersedia, coba lagi sebentar lagi"}),
            Map.entry("method-not-allowed", new String[] {"This method is not allowed here", "Metode ini tidak diizinkan di sini"}),
            Map.entry("unsupported-media-type", new String[] {"The body's media type is not supported", "Jenis media isi permintaan tidak didukung"}),
            Map.entry("not-acceptable", new String[] {"No acceptable representation", "Tidak ada representasi yang dapat diterima"}));

    private ProblemTitles() {
    }

    static String title(String kind, Locale locale) {
        String[] titles = TITLES.getOrDefault(kind, TITLES.get("conflict"));
        return "id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage()) ? titles[1] : titles[0];
    }
}
