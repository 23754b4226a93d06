package jp.hataraku.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jp.hataraku.shared.Parsed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Networks as staff type them, and addresses in and out of them. */
class CidrTest {

    static InetAddress ip(String literal) {
        return Cidr.literal(literal).orElseThrow(() -> new AssertionError("not an address: " + literal));
    }

    static Cidr net(String text) {
        Parsed<Cidr> parsed = Cidr.parse(text);
        assertThat(parsed.isValid()).as("%s: %s", text, parsed.errorCode()).isTrue();
        return parsed.get();
    }

    @Test
    void an_ipv4_network_holds_its_addresses_and_no_others() {
        Cidr centre = net("203.0.113.0/24");
        assertThat(centre.contains(ip("203.0.113.0"))).isTrue();
        assertThat(centre.contains(ip("203.0.113.5"))).isTrue();
        assertThat(centre.contains(ip("203.0.113.255"))).isTrue();
        assertThat(centre.contains(ip("203.0.114.0"))).isFalse();
        assertThat(centre.contains(ip("203.0.112.255"))).isFalse();
        assertThat(centre.contains(ip("2001:db8::1"))).isFalse();
    }

    @Test
    void a_prefix_that_is_not_a_whole_byte_counts_bit_by_bit() {
        Cidr net = net("198.51.100.64/27"); // .64 to .95
        assertThat(net.contains(ip("198.51.100.64"))).isTrue();
        assertThat(net.contains(ip("198.51.100.95"))).isTrue();
        assertThat(net.contains(ip("198.51.100.96"))).isFalse();
        assertThat(net.contains(ip("198.51.100.63"))).isFalse();
    }

    @Test
    void an_ipv6_network_holds_its_addresses_and_no_ipv4_ones() {
        Cidr centre = net("2001:db8:abcd::/48");
        assertThat(centre.contains(ip("2001:db8:abcd:12::1"))).isTrue();
        assertThat(centre.contains(ip("2001:db8:abcd:ffff:ffff:ffff:ffff:ffff"))).isTrue();
        assertThat(centre.contains(ip("2001:db8:abce::"))).isFalse();
        assertThat(centre.contains(ip("203.0.113.5"))).isFalse();
    }

    @Test
    void an_address_alone_is_a_network_of_one() {
        Cidr one = net("203.0.113.5");
        assertThat(one).hasToString("203.0.113.5/32");
        assertThat(one.contains(ip("203.0.113.5"))).isTrue();
        assertThat(one.contains(ip("203.0.113.4"))).isFalse();
        assertThat(net("2001:db8::1")).hasToString("2001:db8::1/128");
    }

    @Test
    void ipv4_mapped_ipv6_is_the_ipv4_address_it_carries() throws UnknownHostException {
        Cidr v4 = net("203.0.113.0/24");
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 203, 0, 113, 7};
        InetAddress mappedAddress = java.net.Inet6Address.getByAddress(null, mapped, -1);
        assertThat(mappedAddress.getAddress()).hasSize(16);
        assertThat(v4.contains(mappedAddress)).isTrue();
        assertThat(v4.contains(ip("::ffff:203.0.113.7"))).isTrue();
        // a mapped network is the IPv4 one
        assertThat(net("::ffff:203.0.113.0/120")).isEqualTo(v4).hasToString("203.0.113.0/24");
        // an IPv6 network that covers the mapped range holds IPv4 addresses too
        assertThat(net("::fffe:0:0/95").contains(ip("203.0.113.7"))).isTrue();
        assertThat(net("::/0").contains(ip("203.0.113.7"))).isTrue();
        assertThat(net("2001:db8::/32").contains(mappedAddress)).isFalse();
    }

    @Test
    void prefix_zero_holds_every_address_of_its_family() {
        assertThat(net("0.0.0.0/0").contains(ip("255.255.255.255"))).isTrue();
        assertThat(net("0.0.0.0/0").contains(ip("2001:db8::1"))).isFalse();
        assertThat(net("::/0").contains(ip("2001:db8::1"))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "203.0.113.0/24|203.0.113.0/24",
            "２０３．０．１１３．０／２４|203.0.113.0/24",
            " 203.0.113.0 / 24 |203.0.113.0/24",
            "2001:0DB8:0000:0000:0000:0000:0000:0000/32|2001:db8::/32",
            "2001:db8:0:1:0:0:0:0/64|2001:db8:0:1::/64",
            "1:0:0:1:0:0:0:0/128|1:0:0:1::/128",
            "1:0:0:1:0:0:1:1/128|1::1:0:0:1:1/128",
            "1:0:1:1:1:1:1:1/128|1:0:1:1:1:1:1:1/128",
            "::/0|::/0",
            "::1|::1/128",
            "fe80::/10|fe80::/10"})
    void networks_are_written_as_postgresql_writes_cidr(String typed, String canonical) {
        assertThat(net(typed)).hasToString(canonical);
        assertThat(net(canonical)).isEqualTo(net(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "example.com", "centre.example.jp/24", "256.1.1.1", "1.2.3", "1.2.3.4.5",
            "/24", "203.0.113.0/", "203.0.113.0/x", "2001:db8::1::2", "2001:db8::g", ".:1", "[2001:db8::]/32",
            "203.0.113.0-203.0.113.255", "203.0.113.0/24/8", "-1.0.0.0"})
    void what_is_no_network_is_refused_without_a_lookup(String typed) {
        assertThat(Cidr.parse(typed).errorCode()).isEqualTo(Cidr.FORMAT);
    }

    @Test
    void a_prefix_beyond_the_address_length_says_the_largest() {
        Parsed<Cidr> v4 = Cidr.parse("203.0.113.0/33");
        assertThat(v4.errorCode()).isEqualTo(Cidr.PREFIX);
        assertThat(v4.errorArgs()).containsExactly("32");
        Parsed<Cidr> v6 = Cidr.parse("2001:db8::/129");
        assertThat(v6.errorCode()).isEqualTo(Cidr.PREFIX);
        assertThat(v6.errorArgs()).containsExactly("128");
        assertThat(Cidr.parse("203.0.113.0/0024").errorCode()).isEqualTo(Cidr.PREFIX);
    }

    @Test
    void an_address_inside_a_network_with_its_prefix_suggests_the_network() {
        Parsed<Cidr> typed = Cidr.parse("203.0.113.5/24");
        assertThat(typed.errorCode()).isEqualTo(Cidr.HOST_BITS);
        assertThat(typed.errorArgs()).containsExactly("203.0.113.0/24");
        assertThat(Cidr.parse("2001:db8::1/48").errorArgs()).containsExactly("2001:db8::/48");
    }

    @Test
    void client_addresses_are_read_as_literals_only() {
        assertThat(Cidr.literal("203.0.113.5")).contains(ip("203.0.113.5"));
        assertThat(Cidr.literal("0:0:0:0:0:0:0:1")).contains(ip("::1"));
        assertThat(Cidr.literal("fe80::1%eth0")).contains(ip("fe80::1"));
        assertThat(Cidr.literal("[2001:db8::1]")).contains(ip("2001:db8::1"));
        assertThat(Cidr.literal("localhost")).isEmpty();
        assertThat(Cidr.literal("unknown")).isEmpty();
        assertThat(Cidr.literal("203.0.113.5, 10.0.0.1")).isEmpty();
        assertThat(Cidr.literal(null)).isEmpty();
    }
}
