package jp.hataraku.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Cidr against the definition: an address is in a network when its first {@code prefix} bits equal
 * the network's, every IPv4 address counted as its IPv4-mapped IPv6 form (::ffff:a.b.c.d).
 */
class CidrProperties {

    private static final BigInteger MAPPED = BigInteger.valueOf(0xffffL).shiftLeft(32);

    /** Random bytes, or bytes close to an IPv4-mapped address so that the mapped range gets tried. */
    @Provide
    Arbitrary<byte[]> addresses() {
        Arbitrary<byte[]> v4 = Arbitraries.bytes().array(byte[].class).ofSize(4);
        Arbitrary<byte[]> v6 = Arbitraries.bytes().array(byte[].class).ofSize(16);
        Arbitrary<byte[]> nearMapped = v4.map(b -> {
            byte[] out = new byte[16];
            out[10] = (byte) 0xff;
            out[11] = (byte) 0xff;
            System.arraycopy(b, 0, out, 12, 4);
            return out;
        });
        return Arbitraries.oneOf(v4, v6, nearMapped);
    }

    /** The 128-bit value of an address, IPv4 as mapped. */
    private static BigInteger value(byte[] bytes) {
        BigInteger v = new BigInteger(1, bytes);
        return bytes.length == 4 ? v.or(MAPPED) : v;
    }

    private static boolean definition(byte[] network, int prefix, byte[] address) {
        int bits = network.length == 4 ? prefix + 96 : prefix;
        int shift = 128 - bits;
        return value(network).shiftRight(shift).equals(value(address).shiftRight(shift));
    }

    /** Flips the address's bits from {@code from} on by a noise pattern: near misses and near hits. */
    private static byte[] near(byte[] address, int from, byte[] noise) {
        byte[] out = address.clone();
        for (int bit = Math.min(from, out.length * 8); bit < out.length * 8; bit++) {
            if ((noise[bit / 8 % noise.length] & (0x80 >>> (bit % 8))) != 0) {
                out[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
            }
        }
        return out;
    }

    private static InetAddress inet(byte[] bytes) throws UnknownHostException {
        // Inet6Address keeps a mapped address in its 16 bytes (InetAddress.getByAddress would shorten it)
        return bytes.length == 16 ? Inet6Address.getByAddress(null, bytes, -1) : InetAddress.getByAddress(bytes);
    }

    @Property(tries = 3000)
    void contains_is_prefix_equality_of_the_bits(@ForAll("addresses") byte[] base, @ForAll("addresses") byte[] other,
            @ForAll @IntRange(min = 0, max = 128) int prefixSeed, @ForAll @IntRange(min = 0, max = 128) int from,
            @ForAll boolean nearBase) throws UnknownHostException {
        int prefix = prefixSeed % (base.length * 8 + 1);
        Cidr network = Cidr.of(inet(base), prefix);
        byte[] address = nearBase ? near(base, from, other) : other;

        assertThat(network.contains(inet(address))).as("%s in %s", Arrays.toString(address), network)
                .isEqualTo(definition(base, prefix, address));
    }

    @Property(tries = 1000)
    void an_ipv4_address_and_its_mapped_form_are_in_the_same_networks(@ForAll("addresses") byte[] base,
            @ForAll @IntRange(min = 0, max = 128) int prefixSeed,
            @ForAll byte[] v4Seed) throws UnknownHostException {
        byte[] v4 = Arrays.copyOf(v4Seed, 4);
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(v4, 0, mapped, 12, 4);
        Cidr network = Cidr.of(inet(base), prefixSeed % (base.length * 8 + 1));

        assertThat(network.contains(inet(mapped))).isEqualTo(network.contains(InetAddress.getByAddress(v4)));
    }

    @Property(tries = 1000)
    void a_network_holds_its_own_address_and_reads_back_from_its_text(@ForAll("addresses") byte[] base,
            @ForAll @IntRange(min = 0, max = 128) int prefixSeed) throws UnknownHostException {
        int prefix = prefixSeed % (base.length * 8 + 1);
        Cidr network = Cidr.of(inet(base), prefix);

        assertThat(network.contains(inet(base))).isTrue();
        assertThat(network.contains(network.address())).isTrue();
        assertThat(Cidr.parse(network.toString()).optional()).contains(network);
    }

    @Property(tries = 1000)
    void an_address_typed_with_a_prefix_is_its_network_or_a_suggestion_that_holds_it(
            @ForAll("addresses") byte[] base, @ForAll @IntRange(min = 0, max = 128) int prefixSeed)
            throws UnknownHostException {
        InetAddress address = inet(base);
        int prefix = prefixSeed % (base.length * 8 + 1);
        String text = (base.length == 4 ? address.getHostAddress()
                : ((Inet6Address) address).getHostAddress()) + "/" + prefix;

        var parsed = Cidr.parse(text);
        Cidr meant = parsed.isValid() ? parsed.get() : Cidr.parse(parsed.errorArgs().get(0)).get();
        assertThat(parsed.isValid() || parsed.errorCode().equals(Cidr.HOST_BITS)).as(text).isTrue();
        assertThat(meant.contains(address)).as(text).isTrue();
        assertThat(meant).isEqualTo(Cidr.of(address, prefix));
    }
}
