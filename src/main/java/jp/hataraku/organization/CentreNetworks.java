package jp.hataraku.organization;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.hataraku.shared.Checked;
import jp.hataraku.shared.FieldError;
import jp.hataraku.shared.JapaneseText;
import jp.hataraku.shared.Parsed;

/**
 * The public networks of a town's telework centre. Work sent from an address inside one of them
 * was done at the centre, from anywhere else at home; a town without networks cannot tell.
 */
public record CentreNetworks(List<Cidr> networks) {

    public static final CentreNetworks NONE = new CentreNetworks(List.of());

    /** More than this many lines is surely a mistake (a centre has one or two lines). */
    public static final int MAX_NETWORKS = 50;
    /** Shorter prefixes would put most of the country in the centre. */
    public static final int MIN_PREFIX_IPV4 = 8;
    public static final int MIN_PREFIX_IPV6 = 16;

    public static final String TOO_BROAD = "organization.centreNetworks.tooBroad";
    public static final String TOO_MANY = "organization.centreNetworks.tooMany";

    public CentreNetworks {
        networks = List.copyOf(networks);
    }

    /**
     * Reads the administrator's text: one network per line, blank lines skipped, repeats dropped.
     * Each bad line is a problem of {@code field} whose arguments are the line number and the line
     * as typed, then the problem's own argument ({@link Cidr#parse}); nothing is read when any line is bad.
     */
    public static Checked<CentreNetworks> parse(String text, String field) {
        List<FieldError> errors = new ArrayList<>();
        Set<Cidr> read = new LinkedHashSet<>();
        String[] lines = text == null ? new String[0] : text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = JapaneseText.nfkc(lines[i]);
            if (line.isEmpty()) {
                continue;
            }
            String shown = line.length() > 60 ? line.substring(0, 60) + "…" : line;
            Parsed<Cidr> cidr = Cidr.parse(line);
            if (!cidr.isValid()) {
                List<String> args = new ArrayList<>(List.of(String.valueOf(i + 1), shown));
                args.addAll(cidr.errorArgs());
                errors.add(new FieldError(field, cidr.errorCode(), args));
            } else if (cidr.get().prefix() < (cidr.get().isIpv4() ? MIN_PREFIX_IPV4 : MIN_PREFIX_IPV6)) {
                errors.add(new FieldError(field, TOO_BROAD, List.of(String.valueOf(i + 1), shown)));
            } else {
                read.add(cidr.get());
            }
        }
        if (errors.isEmpty() && read.size() > MAX_NETWORKS) {
            errors.add(new FieldError(field, TOO_MANY, List.of(String.valueOf(MAX_NETWORKS))));
        }
        return errors.isEmpty() ? Checked.valid(new CentreNetworks(List.copyOf(read))) : Checked.invalid(errors);
    }

    /** Networks as stored (canonical texts); a text that does not read is skipped. */
    public static CentreNetworks of(List<String> stored) {
        return new CentreNetworks(stored.stream().map(Cidr::parse).filter(Parsed::isValid).map(Parsed::get).toList());
    }

    public boolean isEmpty() {
        return networks.isEmpty();
    }

    public boolean contains(InetAddress address) {
        return networks.stream().anyMatch(n -> n.contains(address));
    }

    /**
     * CENTRE when the address is in one of the networks, HOME when it is a public address outside
     * them; empty (not known) when the town has no networks, there is no address, or the address is
     * a loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7) or link-local one outside the
     * networks: such an address is the operator's own network or a reverse proxy not configured to
     * pass the client's address, and says nothing about where the person works.
     */
    public Optional<WorkSite> siteOf(InetAddress address) {
        if (isEmpty() || address == null) {
            return Optional.empty();
        }
        if (contains(address)) {
            return Optional.of(WorkSite.CENTRE);
        }
        return isLocal(address) ? Optional.empty() : Optional.of(WorkSite.HOME);
    }

    private static boolean isLocal(InetAddress address) {
        InetAddress a = address;
        byte[] bytes = a.getAddress();
        if (bytes.length == 16 && isMappedIpv4(bytes)) {
            try {
                a = InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16));
            } catch (java.net.UnknownHostException e) {
                return false;
            }
            bytes = a.getAddress();
        }
        boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || uniqueLocal;
    }

    private static boolean isMappedIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }

    /** One network per line, as the edit form shows them. */
    public String text() {
        return networks.stream().map(Cidr::toString).collect(Collectors.joining("\n"));
    }

    /** The canonical texts, as stored. */
    public List<String> texts() {
        return networks.stream().map(Cidr::toString).toList();
    }
}
