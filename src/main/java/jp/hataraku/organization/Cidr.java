package jp.hataraku.organization;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.hataraku.shared.JapaneseText;
import jp.hataraku.shared.Parsed;

/**
 * A network in CIDR notation, IPv4 ({@code 203.0.113.0/24}) or IPv6 ({@code 2001:db8::/48}), and
 * whether an address lies in it. Plain arithmetic on the address bytes: no name lookups.
 *
 * <p>IPv4-mapped IPv6 ({@code ::ffff:203.0.113.5}) is the IPv4 address it carries: an IPv4 address
 * and its mapped form are in the same networks, and a mapped network with a prefix of 96 or more
 * ({@code ::ffff:203.0.113.0/120}) is the IPv4 network {@code 203.0.113.0/24}.
 */
public final class Cidr {

    /** Message codes of {@link #parse}: each names the problem; see the organization bundles. */
    public static final String FORMAT = "organization.centreNetworks.format";
    public static final String PREFIX = "organization.centreNetworks.prefix";
    public static final String HOST_BITS = "organization.centreNetworks.hostBits";

    private static final Pattern IPV4 = Pattern.compile("([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})");
    /** What an IPv6 literal may contain; starts with a hex digit or ':' so that no name is looked up. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*");
    private static final byte[] MAPPED_PREFIX = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff};

    private final byte[] network;
    private final int prefix;

    private Cidr(byte[] network, int prefix) {
        this.network = network;
        this.prefix = prefix;
    }

    /**
     * The network of {@code address} with {@code prefix} leading bits (0..32 for IPv4, 0..128 for
     * IPv6); the bits after the prefix are cleared.
     */
    public static Cidr of(InetAddress address, int prefix) {
        byte[] bytes = address.getAddress();
        if (prefix < 0 || prefix > bytes.length * 8) {
            throw new IllegalArgumentException("prefix " + prefix + " for " + address.getHostAddress());
        }
        return normalised(mask(bytes, prefix), prefix);
    }

    /**
     * Reads a network as typed ({@code 203.0.113.0/24}, {@code 2001:db8::/48}; full-width characters
     * allowed). An address without a prefix is a network of that one address. Refused with
     * {@link #FORMAT} (not an address), {@link #PREFIX} (argument: the largest prefix) or
     * {@link #HOST_BITS} (bits set after the prefix; argument: the network meant, e.g. 203.0.113.0/24).
     */
    public static Parsed<Cidr> parse(String text) {
        String s = JapaneseText.nfkc(text).replace(" ", "");
        int slash = s.indexOf('/');
        String addressText = slash < 0 ? s : s.substring(0, slash);
        String prefixText = slash < 0 ? null : s.substring(slash + 1);
        byte[] bytes = address(addressText);
        if (bytes == null) {
            return Parsed.error(FORMAT);
        }
        int max = bytes.length * 8;
        int prefix = max;
        if (prefixText != null) {
            if (!prefixText.matches("[0-9]{1,3}")) {
                return Parsed.error(prefixText.isEmpty() || !prefixText.matches("[0-9]+") ? FORMAT : PREFIX,
                        String.valueOf(max));
            }
            prefix = Integer.parseInt(prefixText);
            if (prefix > max) {
                return Parsed.error(PREFIX, String.valueOf(max));
            }
        }
        byte[] masked = mask(bytes, prefix);
        if (!Arrays.equals(masked, bytes)) {
            return Parsed.error(HOST_BITS, normalised(masked, prefix).toString());
        }
        return Parsed.ok(normalised(masked, prefix));
    }

    /**
     * An IP address written as a literal ({@code 203.0.113.5}, {@code 2001:db8::1}, an IPv6 zone
     * {@code %eth0} dropped), as a servlet container reports a client; empty for anything else, so
     * that a forged header can never make the application look up a name.
     */
    public static java.util.Optional<InetAddress> literal(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String s = text.strip();
        int zone = s.indexOf('%');
        if (zone >= 0) {
            s = s.substring(0, zone);
        }
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        byte[] bytes = address(s);
        if (bytes == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            return java.util.Optional.empty();
        }
    }

    /** Whether the address lies in this network; IPv4 and its mapped IPv6 form alike. */
    public boolean contains(InetAddress address) {
        byte[] bytes = unmapped(address.getAddress());
        if (bytes.length != network.length) {
            if (network.length == 16 && bytes.length == 4) {
                bytes = mapped(bytes);
            } else {
                return false; // an IPv6 address is in no IPv4 network
            }
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int m = (0xff << (8 - rest)) & 0xff;
        return (bytes[full] & m) == (network[full] & 0xff);
    }

    public boolean isIpv4() {
        return network.length == 4;
    }

    public int prefix() {
        return prefix;
    }

    /** The network's first address. */
    public InetAddress address() {
        try {
            return InetAddress.getByAddress(network.clone());
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The canonical text: {@code 203.0.113.0/24}, {@code 2001:db8::/48} (RFC 5952), as PostgreSQL writes cidr. */
    @Override
    public String toString() {
        return (isIpv4() ? ipv4Text(network) : ipv6Text(network)) + "/" + prefix;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cidr c && c.prefix == prefix && Arrays.equals(c.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefix;
    }

    // --- bytes ----------------------------------------------------------------------------------

    /** The bytes of an IPv4 or IPv6 literal, or null. */
    private static byte[] address(String text) {
        Matcher v4 = IPV4.matcher(text);
        if (v4.matches()) {
            byte[] b = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(v4.group(i + 1));
                if (octet > 255) {
                    return null;
                }
                b[i] = (byte) octet;
            }
            return b;
        }
        if (!text.contains(":") || !IPV6.matcher(text).matches()) {
            return null;
        }
        try {
            // an IPv6 literal (checked above): parsed, never looked up
            InetAddress parsed = InetAddress.getByName(text);
            // Java reads ::ffff:a.b.c.d as the IPv4 address; keep the 16 bytes so the prefix counts from 128
            return parsed instanceof Inet4Address ? mapped(parsed.getAddress()) : parsed.getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static byte[] mask(byte[] bytes, int prefix) {
        byte[] out = bytes.clone();
        for (int bit = prefix; bit < out.length * 8; bit++) {
            out[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return out;
    }

    /** A mapped IPv6 network of 96 bits or more is the IPv4 network it carries. */
    private static Cidr normalised(byte[] bytes, int prefix) {
        if (bytes.length == 16 && prefix >= 96 && isMapped(bytes)) {
            return new Cidr(Arrays.copyOfRange(bytes, 12, 16), prefix - 96);
        }
        return new Cidr(bytes, prefix);
    }

    private static boolean isMapped(byte[] bytes) {
        return bytes.length == 16 && Arrays.equals(bytes, 0, 12, MAPPED_PREFIX, 0, 12);
    }

    private static byte[] unmapped(byte[] bytes) {
        return isMapped(bytes) ? Arrays.copyOfRange(bytes, 12, 16) : bytes;
    }

    private static byte[] mapped(byte[] v4) {
        byte[] out = Arrays.copyOf(MAPPED_PREFIX, 16);
        System.arraycopy(v4, 0, out, 12, 4);
        return out;
    }

    private static String ipv4Text(byte[] b) {
        return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
    }

    /** RFC 5952: lower-case hex, no leading zeros, the longest run of two or more zero groups as "::". */
    private static String ipv6Text(byte[] b) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(i, j);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }
}
