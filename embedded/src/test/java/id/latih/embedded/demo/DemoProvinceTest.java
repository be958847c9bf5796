package id.latih.embedded.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.latih.embedded.demo.DemoProvince.Agency;
import id.latih.embedded.demo.DemoProvince.Employee;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoProvinceTest {

    @Test
    void every_nip_is_one_bkn_could_issue_birth_date_cpns_start_sex_and_sequence() {
        DemoProvince province = DemoProvince.generate(42, 500);
        Set<String> seen = new HashSet<>();
        for (Agency agency : province.agencies()) {
            for (Employee e : agency.staff()) {
                String nip = e.nip();
                assertThat(nip).matches("[0-9]{18}");
                LocalDate birth = LocalDate.parse(nip.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
                YearMonth start = YearMonth.of(Integer.parseInt(nip.substring(8, 12)),
                        Integer.parseInt(nip.substring(12, 14)));
                assertThat(start.atDay(1)).isAfter(birth.plusYears(18)).isBefore(LocalDate.now());
                assertThat(nip.charAt(14)).isIn('1', '2');
                assertThat(Integer.parseInt(nip.substring(15))).isBetween(1, 999);
                assertThat(seen.add(nip)).as("unique " + nip).isTrue();
            }
        }
        assertThat(seen).hasSize(1500);
    }

    @Test
    void the_same_seed_gives_the_same_province_and_another_seed_another() {
        assertThat(DemoProvince.generate(7, 30)).isEqualTo(DemoProvince.generate(7, 30));
        assertThat(DemoProvince.generate(8, 30).agencies().get(0).staff())
                .isNotEqualTo(DemoProvince.generate(7, 30).agencies().get(0).staff());
    }

    @Test
    void each_agency_has_its_head_of_division_whom_everyone_else_reports_to_with_real_region_codes() {
        DemoProvince province = DemoProvince.generate(3, 10);
        assertThat(province.regions()).extracting(DemoProvince.Region::code).containsExactly("3273", "3201");
        for (Agency agency : province.agencies()) {
            assertThat(agency.code()).startsWith(agency.region().code() + ".");
            Employee head = agency.staff().get(0);
            assertThat(head.jobType()).isEqualTo("ADMINISTRATOR");
            assertThat(head.supervisorNip()).isNull();
            assertThat(agency.staff().subList(1, 10)).allSatisfy(e -> assertThat(e.supervisorNip())
                    .isEqualTo(head.nip()));
            assertThat(agency.staff()).allSatisfy(e -> assertThat(List.of(e.assessedCommunication(),
                    e.assessedPublicService())).allSatisfy(level -> assertThat(level).isBetween(1, 4)));
        }
    }

    @Test
    void options_pick_the_staff_per_agency_from_the_scale_and_the_ports_from_the_base() {
        DemoOptions province = DemoOptions.parse("--scale", "province", "--port-base=28080");
        assertThat(province.staffPerAgency() * 3).isBetween(199_999, 200_001);
        assertThat(province.gateway()).isEqualTo("http://localhost:28080");
        assertThat(province.tokenEndpoint()).isEqualTo("http://localhost:29000/oauth2/token");
        assertThat(province.service(0)).isEqualTo("http://localhost:28081");
        assertThat(DemoOptions.parse().staffPerAgency()).isEqualTo(20);
        assertThat(DemoOptions.parse("--staff-per-agency=4").scale()).isEqualTo("4 per agency");
        assertThatThrownBy(() -> DemoOptions.parse("--scale", "huge")).isInstanceOf(IllegalArgumentException.class);
    }
}
