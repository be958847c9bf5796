package id.latih.needs.domain;

import java.util.List;
import java.util.stream.Stream;

/**
 * The nation's part of the dictionary (PermenPANRB 38/2017): managerial M.01-M.08 and the socio-cultural SK.01,
 * each with the five levels. The regulation's full behavioural indicators per competency are long; each level here
 * carries its name and what the level means across competencies, which is what an analyst compares against.
 */
public final class BuiltInCompetencies {

    /** The five levels, the same scale for every competency. */
    public static final List<String> LEVELS = List.of(
            "1 Paham: understands the competency's concepts and applies them with guidance",
            "2 Dasar: applies it in routine work of their own without guidance",
            "3 Menengah: applies it across the unit's work and helps colleagues do so",
            "4 Mumpuni: shapes how the organisation applies it and coaches others",
            "5 Ahli: sets direction for it across agencies and is a reference for others");

    public static final List<Competency> ALL = Stream.of(
            managerial("M.01", "Integritas", "Consistent, honest and ethical conduct in line with the rules"),
            managerial("M.02", "Kerja Sama", "Working with others towards shared goals"),
            managerial("M.03", "Komunikasi", "Conveying and receiving information clearly, in speech and writing"),
            managerial("M.04", "Orientasi pada Hasil", "Reaching and raising targets and quality of results"),
            managerial("M.05", "Pelayanan Publik", "Serving the public responsively, fairly and transparently"),
            managerial("M.06", "Pengembangan Diri dan Orang Lain", "Developing oneself and one's staff"),
            managerial("M.07", "Mengelola Perubahan", "Adapting to and leading change"),
            managerial("M.08", "Pengambilan Keputusan", "Making sound, timely decisions on the evidence"),
            new Competency("SK.01", CompetencyKind.SOSIAL_KULTURAL, "Perekat Bangsa",
                    "Fostering unity and tolerance in a diverse society", LEVELS, DictionaryOwner.NATIONAL, ""))
            .toList();

    private BuiltInCompetencies() {
    }

    private static Competency managerial(String code, String name, String description) {
        return new Competency(code, CompetencyKind.MANAJERIAL, name, description, LEVELS, DictionaryOwner.NATIONAL,
                "");
    }
}
