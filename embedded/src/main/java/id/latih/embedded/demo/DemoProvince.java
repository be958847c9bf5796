package id.latih.embedded.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The demo's province, Jawa Barat (32), generated from a seed: the same seed and size give the same people with the
 * same NIPs, positions, assessed levels and SKP ratings, so a second run finds everything already there.
 *
 * <p>Only agencies whose systems hold a demo client can be written to (writes are by the caller's own agency), so
 * the province has the agencies of the demo profile: Dinkes and Disdik of Kota Bandung (3273), Dinkes of Kabupaten
 * Bogor (3201), each with its head for the AKPK approval, and the two regions' training centres (BKPSDM).
 */
record DemoProvince(List<Region> regions, List<Agency> agencies) {

    /** A region (kabupaten/kota) with the client of its training centre, which opens the AKPK and runs programs. */
    record Region(String code, String name, String trainingCentreClient) {

        /** The region's training centre, BKPSDM: it organises the region's programs. */
        String trainingCentreAgency() {
            return code + ".BKPSDM";
        }
    }

    /** An agency (OPD) with the client of its system and of its head, and the staff the demo generates for it. */
    record Agency(String code, String name, Region region, String client, String headClient, String kind,
                  List<Employee> staff) {
    }

    /** One civil servant (PNS); {@code supervisorNip} null for the agency's head of division. */
    record Employee(String nip, String name, String jobType, String positionTitle, String supervisorNip,
                    int assessedCommunication, int assessedPublicService, String skpRating) {
    }

    /** Positions of an agency kind: the first is the head of division every other staff member reports to. */
    private static final List<String[]> DINKES_POSITIONS = List.of(
            new String[] {"ADMINISTRATOR", "Kepala Bidang Pelayanan Kesehatan"},
            new String[] {"PENGAWAS", "Kepala Seksi Surveilans"},
            new String[] {"FUNGSIONAL", "Perawat Ahli Pertama"},
            new String[] {"FUNGSIONAL", "Bidan Ahli Pertama"},
            new String[] {"PELAKSANA", "Pengadministrasi Umum"});
    private static final List<String[]> DISDIK_POSITIONS = List.of(
            new String[] {"ADMINISTRATOR", "Kepala Bidang Pembinaan Sekolah Dasar"},
            new String[] {"PENGAWAS", "Kepala Seksi Kurikulum"},
            new String[] {"FUNGSIONAL", "Pengawas Sekolah Ahli Muda"},
            new String[] {"PELAKSANA", "Pengelola Data Pendidikan"});
    private static final String[] GIVEN = {"Siti", "Dewi", "Rina", "Ayu", "Nurul", "Wulan", "Intan", "Euis", "Neneng",
        "Budi", "Agus", "Dedi", "Asep", "Ujang", "Cecep", "Yusuf", "Rizki", "Hendra", "Dadang", "Iwan"};
    private static final String[] FAMILY = {"Rahmawati", "Lestari", "Suryani", "Permana", "Hidayat", "Gunawan",
        "Saputra", "Kurniawan", "Nugraha", "Setiawan", "Sudrajat", "Maulana", "Firmansyah", "Ramadhan", "Wijaya"};
    private static final String[] SKP = {"SANGAT_BAIK", "BAIK", "BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG"};

    static DemoProvince generate(long seed, int staffPerAgency) {
        Region bandung = new Region("3273", "Kota Bandung", "bkpsdm-bandung");
        Region bogor = new Region("3201", "Kabupaten Bogor", "bkpsdm-bogor");
        Random random = new Random(seed);
        Set<String> nips = new HashSet<>();
        List<Agency> agencies = List.of(
                agency("3273.DINKES", "Dinas Kesehatan Kota Bandung", bandung, "dinkes-bandung",
                        "kepala-dinkes-bandung", "DINKES", staffPerAgency, random, nips),
                agency("3273.DISDIK", "Dinas Pendidikan Kota Bandung", bandung, "disdik-bandung",
                        "kepala-disdik-bandung", "DISDIK", staffPerAgency, random, nips),
                agency("3201.DINKES", "Dinas Kesehatan Kabupaten Bogor", bogor, "dinkes-bogor",
                        "kepala-dinkes-bogor", "DINKES", staffPerAgency, random, nips));
        return new DemoProvince(List.of(bandung, bogor), agencies);
    }

    List<Agency> agenciesOf(Region region) {
        return agencies.stream().filter(a -> a.region().equals(region)).toList();
    }

    int employees() {
        return agencies.stream().mapToInt(a -> a.staff().size()).sum();
    }

    static List<String[]> positionsOf(String kind) {
        return kind.equals("DINKES") ? DINKES_POSITIONS : DISDIK_POSITIONS;
    }

    private static Agency agency(String code, String name, Region region, String client, String headClient,
                                 String kind, int size, Random random, Set<String> taken) {
        List<String[]> positions = positionsOf(kind);
        List<Employee> staff = new ArrayList<>(size);
        String head = null;
        for (int i = 0; i < size; i++) {
            String[] position = i == 0 ? positions.get(0) : positions.get(1 + random.nextInt(positions.size() - 1));
            boolean female = random.nextBoolean();
            String nip;
            do {
                nip = nip(random, female);
            } while (!taken.add(nip));
            String fullName = GIVEN[(female ? 0 : 10) + random.nextInt(10)] + " "
                    + FAMILY[random.nextInt(FAMILY.length)];
            staff.add(new Employee(nip, fullName, position[0], position[1], i == 0 ? null : head,
                    1 + random.nextInt(4), 1 + random.nextInt(4), SKP[random.nextInt(SKP.length)]));
            if (i == 0) {
                head = nip;
            }
        }
        return new Agency(code, name, region, client, headClient, kind, List.copyOf(staff));
    }

    /**
     * A NIP as BKN issues it: birth date (yyyyMMdd), CPNS start (yyyyMM, at 22 to 30 years of age, not in the
     * future), sex (1 male, 2 female) and a three-digit sequence of that start month.
     */
    static String nip(Random random, boolean female) {
        LocalDate birth = LocalDate.of(1968, 1, 1).plusDays(random.nextInt(365 * 30));
        int startYear = Math.min(birth.getYear() + 22 + random.nextInt(9), LocalDate.now().getYear() - 1);
        int startMonth = 1 + random.nextInt(12);
        int sequence = 1 + random.nextInt(999);
        return String.format("%04d%02d%02d%04d%02d%d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), startYear, startMonth, female ? 2 : 1, sequence);
    }
}
