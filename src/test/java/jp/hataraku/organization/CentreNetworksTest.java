package jp.hataraku.organization;

import static jp.hataraku.organization.CidrTest.ip;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jp.hataraku.shared.Checked;
import jp.hataraku.shared.FieldError;
import org.junit.jupiter.api.Test;

/** The textarea of a town's centre networks, and the place it gives an address. */
class CentreNetworksTest {

    private static Checked<CentreNetworks> read(String text) {
        return CentreNetworks.parse(text, "centreNetworks");
    }

    @Test
    void one_network_per_line_blank_lines_and_repeats_skipped() {
        CentreNetworks networks = read("203.0.113.0/24\r\n\n  2001:DB8::/48  \n203.0.113.0/24\n１９８．５１．１００．７\n").get();
        assertThat(networks.texts()).containsExactly("203.0.113.0/24", "2001:db8::/48", "198.51.100.7/32");
        assertThat(networks.text()).isEqualTo("203.0.113.0/24\n2001:db8::/48\n198.51.100.7/32");
    }

    @Test
    void nothing_typed_is_no_networks() {
        assertThat(read("").get().isEmpty()).isTrue();
        assertThat(read(" \n \n").get().isEmpty()).isTrue();
        assertThat(read(null).get()).isEqualTo(CentreNetworks.NONE);
    }

    @Test
    void each_bad_line_is_named_by_its_number_and_text_and_nothing_is_read() {
        Checked<CentreNetworks> read = read("203.0.113.0/24\ncentre\n\n203.0.113.5/24\n10.0.0.0/33\n0.0.0.0/0\n::/8");
        assertThat(read.isValid()).isFalse();
        assertThat(read.errors()).containsExactly(
                new FieldError("centreNetworks", Cidr.FORMAT, java.util.List.of("2", "centre")),
                new FieldError("centreNetworks", Cidr.HOST_BITS, java.util.List.of("4", "203.0.113.5/24", "203.0.113.0/24")),
                new FieldError("centreNetworks", Cidr.PREFIX, java.util.List.of("5", "10.0.0.0/33", "32")),
                new FieldError("centreNetworks", CentreNetworks.TOO_BROAD, java.util.List.of("6", "0.0.0.0/0")),
                new FieldError("centreNetworks", CentreNetworks.TOO_BROAD, java.util.List.of("7", "::/8")));
    }

    @Test
    void the_broadest_networks_allowed_are_slash_8_and_slash_16() {
        assertThat(read("10.0.0.0/8\n2001::/16").isValid()).isTrue();
        assertThat(read("10.0.0.0/7").errors()).extracting(FieldError::code).containsExactly(CentreNetworks.TOO_BROAD);
        assertThat(read("2000::/15").errors()).extracting(FieldError::code).containsExactly(CentreNetworks.TOO_BROAD);
    }

    @Test
    void a_long_line_is_shortened_in_the_message() {
        String line = "x".repeat(200);
        assertThat(read(line).errors().get(0).args().get(1)).hasSize(61).endsWith("…");
    }

    @Test
    void more_networks_than_a_centre_can_have_are_refused() {
        String many = IntStream.rangeClosed(1, CentreNetworks.MAX_NETWORKS + 1).mapToObj(i -> "10.0." + i + ".0/24")
                .collect(Collectors.joining("\n"));
        assertThat(read(many).errors()).extracting(FieldError::code).containsExactly(CentreNetworks.TOO_MANY);
        String enough = IntStream.rangeClosed(1, CentreNetworks.MAX_NETWORKS).mapToObj(i -> "10.0." + i + ".0/24")
                .collect(Collectors.joining("\n"));
        assertThat(read(enough).get().networks()).hasSize(CentreNetworks.MAX_NETWORKS);
    }

    @Test
    void inside_is_the_centre_outside_is_home_and_without_networks_it_is_not_known() {
        CentreNetworks town = read("203.0.113.0/24\n2001:db8:1::/48").get();
        assertThat(town.siteOf(ip("203.0.113.5"))).contains(WorkSite.CENTRE);
        assertThat(town.siteOf(ip("::ffff:203.0.113.5"))).contains(WorkSite.CENTRE);
        assertThat(town.siteOf(ip("2001:db8:1:2::9"))).contains(WorkSite.CENTRE);
        assertThat(town.siteOf(ip("198.51.100.1"))).contains(WorkSite.HOME);
        assertThat(town.siteOf(ip("2001:db8:2::1"))).contains(WorkSite.HOME);
        assertThat(town.siteOf(null)).isEmpty();
        // the operator's own network or an unconfigured proxy: not known, not "home"
        for (String local : List.of("127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.20", "::1", "fd00::1",
                "fe80::1", "::ffff:192.168.1.20", "169.254.0.1")) {
            assertThat(town.siteOf(ip(local))).as(local).isEmpty();
        }
        assertThat(CentreNetworks.NONE.siteOf(ip("203.0.113.5"))).isEmpty();
    }

    @Test
    void stored_texts_read_back() {
        assertThat(CentreNetworks.of(java.util.List.of("203.0.113.0/24", "2001:db8::/48")).texts())
                .containsExactly("203.0.113.0/24", "2001:db8::/48");
    }
}
