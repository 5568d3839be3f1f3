package io.busgen.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FormatsTest {

    private static Stream<Arguments> cases(String format, String... values) {
        return Arrays.stream(values).map(value -> Arguments.of(format, value));
    }

    static Stream<Arguments> valid() {
        return Stream.<Stream<Arguments>>of(
                cases("date", "2024-02-29", "2000-02-29", "0000-02-29", "2023-02-28", "1963-06-19", "2020-12-31",
                        "2021-04-30", "2021-01-31", "9999-12-31", "1600-02-29", "0400-02-29", "0001-01-01"),
                cases("time", "08:30:06Z", "08:30:06.283185Z", "23:59:60Z", "23:59:60.999Z", "23:59:60+00:00",
                        "23:59:60-00:00", "15:59:60-08:00", "00:29:60+00:30", "08:30:06z", "08:30:06+01:00",
                        "08:30:06.1-23:59", "00:00:00Z", "23:59:59+23:59", "12:00:00.000000000000001Z",
                        "01:29:60+01:30", "23:29:60+23:30", "00:29:60-23:30", "23:20:50.52Z", "08:30:06+00:20",
                        "12:34:56-00:00"),
                cases("date-time", "1963-06-19T08:30:06.283185Z", "1963-06-19t08:30:06z", "1998-12-31T23:59:60Z",
                        "1998-12-31T15:59:60.123-08:00", "2024-02-29T00:00:00+14:00", "1990-12-31T23:59:60Z",
                        "2016-12-31T18:59:60-05:00", "1937-01-01T12:00:27.87+00:20",
                        "1985-04-12T00:59:59.999999999999999Z"),
                cases("uuid", "2EB8AA08-AA98-11EA-B4AA-73B441D16380", "2eb8aa08-aa98-11ea-b4aa-73b441d16380",
                        "2eb8aa08-AA98-11ea-B4Aa-73B441D16380", "00000000-0000-0000-0000-000000000000",
                        "98d80576-482e-427f-8434-7f86890ab222", "99c17cbb-656f-564a-940f-1a4568f03487",
                        "99c17cbb-656f-664a-940f-1a4568f03487", "99c17cbb-656f-f64a-940f-1a4568f03487"),
                cases("email", "joe.bloggs@example.com", "te~st@example.com", "~test@example.com",
                        "test~@example.com", "\"joe bloggs\"@example.com", "\"joe..bloggs\"@example.com",
                        "\"joe@bloggs\"@example.com", "\"a\\\"b\"@example.com", "\"\"@example.com",
                        "joe.bloggs@[127.0.0.1]", "joe.bloggs@[IPv6:::1]", "a@[ipv6:2001:db8::1]",
                        "a@[IPv6:::ffff:192.0.2.1]", "te.s.t@example.com", "a@localhost", "user+tag@sub.example.co.uk",
                        "x@x.y", "!#$%&'*+-/=?^_`{|}~@example.com", "a@1.example", "a@xn--nw2a.com",
                        "a@a-b.c-d.e", "a".repeat(64) + "@x.y", "a@" + "b".repeat(63) + ".c", "test@255.255.255.255",
                        "\" \"@iana.org", "test@c--n.com", "test@123.com", "\"\\a\"@iana.org", "\"\\\\\"@iana.org",
                        "test@io"),
                cases("uri", "http://foo.bar/?baz=qux#quux", "http://foo.com/blah_(wikipedia)_blah#cite-1",
                        "http://foo.bar/?q=Test%20URL-encoded%20stuff", "http://xn--nw2a.xn--j6w193g/",
                        "http://-.~_!$&'()*+,;=:%40:80%2f::::::@example.com", "http://223.255.255.254",
                        "ftp://ftp.is.co.za/rfc/rfc1808.txt", "http://www.ietf.org/rfc/rfc2396.txt",
                        "ldap://[2001:db8::7]/c=GB?objectClass?one", "mailto:John.Doe@example.com",
                        "news:comp.infosystems.www.servers.unix", "tel:+1-816-555-1212",
                        "urn:oasis:names:specification:docbook:dtd:xml:4.1.2", "http://example.com:8080/a",
                        "http://example.com:/a", "http://[v1.fe80::a+en1]/", "http://[::ffff:192.0.2.1]:80/",
                        "file:///etc/hosts", "a:", "http://user@host", "http://example.com/a%2Fb",
                        "HTTP://EXAMPLE.COM", "urn:uuid:2eb8aa08-aa98-11ea-b4aa-73b441d16380",
                        "http://example.com?a#b?c/d", "x-y.z+w:rest", "http://", "http://example.com/a//b",
                        "foo:/a:b@c", "http://087.10.0.1/", "http://999.999.999.999/", "http://a.com:",
                        "http://a.com:999999999", "http://:80", "http://@a.com", "http://user@",
                        "http://!$&'()*+,;=.com",
                        "http://example.com.", "http://exa~mple.com/", "http://under_score.com/"),
                cases("ipv4", "192.168.0.1", "0.0.0.0", "255.255.255.255", "87.10.0.1", "1.2.3.4", "10.0.100.9"),
                cases("ipv6", "::1", "::", "::abef", "::42:ff:1", "d6::", "1:d6::42", "1::d6:192.168.0.1",
                        "1:2::192.168.0.1", "::ffff:192.0.2.1", "::ffff:192.168.0.1", "1:2:3:4:5:6:7:8",
                        "1000:1000:1000:1000:1000:1000:255.255.255.255", "FE80::A", "fe80::0202:b3ff:fe1e:8329",
                        "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "::1.2.3.4", "0:0:0:0:0:0:0:0", "1:2:3:4:5:6::8",
                        "1:2:3:4:5::1.2.3.4", "ABCD:EF01:2345:6789:ABCD:EF01:2345:6789", "2001:DB8:0:0:8:800:200C:417A",
                        "ff01::101", "0:0:0:0:0:0:13.1.68.3", "::13.1.68.3", "::FFFF:129.144.52.38"),
                cases("duration", "P4DT12H30M5S", "P4Y", "PT0S", "P0D", "P1M", "PT1M", "PT36H", "P1DT12H", "P2W",
                        "P1Y2M3DT4H5M6S", "P1Y2M3D", "PT1H2M3S", "P1M2D", "PT1H30M", "P1Y2M", "PT1M2S", "P01D",
                        "P" + "9".repeat(100) + "D", "P0W", "PT1S", "P1YT1S", "P1Y2MT3M4S"),
                cases("hostname", "www.example.com", "hostname", "1host", "a--b.com", "EXAMPLE.COM", "a-b.c-d",
                        "a".repeat(63) + ".com", ("a".repeat(62) + ".").repeat(4) + "a", "r3---sn-abc.example.com",
                        "xn--9n2bp8q.xn--9t4b11yi5a", "XN--9N2BP8Q.XN--9T4B11YI5A", "xn--bcher-kva.example",
                        "www.xn--bcher-kva.de", "1.2.3.4", "0"),
                cases("idn-hostname", "\uC2E4\uB840.\uD14C\uC2A4\uD2B8", "b\u00FCcher.de", "B\u00FCcher.de",
                        "xn--bcher-kva.de", "stra\u00DFe.de", "\u03B1\u03B2\u03B3.gr", "example.com",
                        "a\u3002b", "a\uFF0Eb", "a\uFF61b", "l\u00B7l", "\u05D0\u05F3\u05D1",
                        "\u0915\u094D\u200D\u0937", "\u0628\u064A\u200C\u0628\u064A",
                        "caf\u0065\u0301.fr", "\u30FB\u3041", "\u0628\u0660\u0628", "\u06F00",
                        "\u0627\u0644\u0639\u0631\u0628\u064A\u0629.example"),
                cases("idn-email", "\uC2E4\uB840@\uC2E4\uB840.\uD14C\uC2A4\uD2B8", "joe.bloggs@example.com",
                        "\u03B4\u03BF\u03BA\u03B9\u03BC\u03AE@example.com", "\"\u03B4\"@example.com",
                        "user@caf\u0065\u0301.com", "\u0080@example.com", "\uFFFF@example.com",
                        "\uD835\uDD4F@example.com", "a".repeat(64) + "@example.com", "\u00E9".repeat(32) + "@x.y",
                        "a@[127.0.0.1]", "a@[IPv6:::1]", "\"a b\"@example.com", "a.b@b\u00FCcher.de"),
                cases("uri-reference", "http://foo.bar/?baz=qux#quux", "//foo.bar/?baz=qux#quux", "/abc", "abc",
                        "#fragment", "", "?query=1", "//", "./this:that", "a/b:c", "../a?b#c", "http://087.10.0.1/",
                        "//[::1]:80/p", "//u:p@h:1/", "#", "?", "/a:b", "a?b:c", "a#b:c", "%41", "."),
                cases("iri", "http://\u0192\u00F8\u00F8.\u00DF\u00E5r/?\u2202\u00E9\u0153=\u03C0#x",
                        "http://[2001:db8::1]", "http://[V1.fe]", "urn:example:resource", "file:/etc/hosts",
                        "http://x/\uD800\uDF00", "http://x/?q=\uDB80\uDC00", "http://x/?q=\uE000",
                        "http://x/\uD83D\uDE00", "http://\u00FC@x/", "mailto:\u00FC@x"),
                cases("iri-reference", "//\u0192\u00F8\u00F8.\u00DF\u00E5r/?x#y", "/\u00E2\u03C0\u03C0",
                        "\u00E2\u03C0\u03C0", "#\u0192r\u00E4gm\u00EAnt", "", "./\u00E9:x"),
                cases("uri-template", "http://example.com/dictionary/{term:1}/{term}", "", "a%41b",
                        "a\uD83D\uDE00b", "{+var}", "{#var}", "{.var}", "{/var}", "{;var}", "{?var}", "{&var}",
                        "{var*}", "{x,y}", "{a.b}", "{%41}", "{v:1000}", "a'b", "{=var}", "{x,y*,z:3}",
                        "{/list*,path:4}", "{a_b.c_d}", "http://x{?q,lang}&z"),
                cases("json-pointer", "", "/", "/foo", "/foo/0", "/a~1b", "/m~0n", "/~1~0~0~1~1", "/ ", "//",
                        "/foo\u0000bar", "/\uD83D\uDE0E", "/%", "/-"),
                cases("relative-json-pointer", "0", "1", "0/foo/bar", "2/0/baz/1/zip", "0#", "120/foo/bar", "100",
                        "0//", "1+1/a", "1-2#", "0+0", "10"),
                cases("regex", "([abc])+\\s+$", "", "(?<name>x)\\k<name>", "(?<=a+)b", "[]", "[^]", "\\cA",
                        "(?<=x\\d+)y", "\\p{Script_Extensions=Greek}", "\\u{1F600}", "(a)\\1", "^$",
                        "\u0000", "a{2147483648}"),
                // formats busgen does not assert accept anything
                cases("Date", "nope"), cases("unknown", ""))
                .flatMap(s -> s);
    }

    static Stream<Arguments> invalid() {
        return Stream.<Stream<Arguments>>of(
                cases("date", "2023-02-29", "1900-02-29", "2100-02-29", "2021-04-31", "2021-06-31", "2021-13-01",
                        "2021-00-10", "2021-01-00", "2021-01-32", "21-01-01", "2021-1-01", "2021-01-1", "2021/01/01",
                        "20210101", "2021-01-01T00:00:00Z", "2021-01-1\u09E7", "\u09E8021-01-01", "", "+2021-01-01",
                        "2021-01-01 ", " 2021-01-01", "2021-W01-1", "2021-001", "2021-01-01Z", "0100-02-29",
                        "2020-02-30",
                        "12020-01-01", "-2020-01-01", "2020-01--01", "2020 -01-01", "2022W527", "2020-01-01X"),
                cases("time", "22:59:60Z", "23:58:60Z", "23:59:60+01:00", "23:59:60-01:00", "15:59:60-07:00",
                        "08:30:06", "8:30:06Z", "08:30Z", "24:00:00Z", "08:60:00Z", "08:30:61Z", "08:30:06.Z",
                        "08:30:06+24:00", "08:30:06+01:60", "08:30:06+0100", "08:30:06+01", "08:30:06 Z", "08:30:06Zx",
                        "08:30:06+01:00:00", "", "12:00:00.52Z ", " 12:00:00Z", "1\u09E8:00:00Z", "12:00:00,5Z",
                        "12:00:00.5.5Z", "T12:00:00Z", "12:00:00UTC", "12:00:00-", "12:00:00+", "08:30:06Z+01:00",
                        "12.00.00Z", "12:00:00\u2212" + "01:00", "008:030:006Z", "8:3:6Z", "8:0030:6Z",
                        "22:59:60+00:00",
                        "23:59:60+00:30", "23:59:60-00:30", "08:30:06-8:000", "01:02:03Z+00:30", "08:30:06 PST",
                        "01:01:01,1111", "12:00:00.52", "08:30:06#00:20", "ab:cd:ef", "2020-11-28T23:55:45Z",
                        "08:30:06Z\n", "24:59:00+01:00"),
                cases("date-time", "1998-12-31T22:59:60Z", "2023-02-29T00:00:00Z", "1963-06-19 08:30:06Z",
                        "1963-06-19T08:30:06", "1963-06-19", "1963-06-19T", "1963-06-19T08:30:06.Z",
                        "1963-06-1908:30:06Z", "1990-02-31T15:59:59.123-08:00", "1963-06-19X08:30:06Z",
                        "1963-06-19T08:30:06Z ", "1963-06-19TT08:30:06Z", "06/19/1963 08:30:06 PST",
                        "2013-350T01:01:01Z", "1963-06-19T08:30:06.28123+01:00Z", "1963-06-1\u09EAT00:00:00Z",
                        "1998-12-31T23:59:61Z", "1990-12-31T15:59:59-24:00", "1963-6-19T08:30:06.283185Z",
                        "1963-06-11T0\u09EA:00:00Z", "+11963-06-19T08:30:06.283185Z", "2013-350T01:01:01"),
                cases("uuid", "2eb8aa08-aa98-11ea-b4aa-73b441d1638", "2eb8aa08-aa98-11ea-b4aa-73b441d163800",
                        "2eb8aa08-aa98-11ea-73b441d16380", "2eb8aa08-aa98-11ea-b4ga-73b441d16380",
                        "2eb8aa08aa9811eab4aa73b441d16380", "2eb8aa08aa98-11ea-b4aa-73b441d16380",
                        "2eb8aa08-aa98-11eab4aa-73b441d16380-", "2eb8aa08aa9811eab4aa73b441d16380----",
                        "{2eb8aa08-aa98-11ea-b4aa-73b441d16380}", "", "2eb8aa0-8aa98-11ea-b4aa-73b441d16380",
                        "2eb8aa08-aa98-11ea-b4aa-73b441d1638\u0661", "2eb8aa08_aa98_11ea_b4aa_73b441d16380",
                        " 2eb8aa08-aa98-11ea-b4aa-73b441d1638", "2eb8-aa08-aa98-11ea-b4aa73b44-1d16380",
                        "2eb8aa0-8aa98-11e-ab4aa7-3b441d16380", "urn:uuid:2eb8aa08-aa98-11ea-b4aa-73b441d16380"),
                cases("email", "2962", ".test@example.com", "test.@example.com", "te..st@example.com", "a..b@x.y",
                        "joe.bloggs@invalid=domain.com", "joe.bloggs@[127.0.0.300]", "@example.com", "a@", "a",
                        "a@b@c.com", "a b@c.com", "a@-example.com", "a@example-.com", "a@example..com",
                        "a@.example.com", "a@example.com.", "\"unterminated@example.com", "\"a\"b@example.com",
                        "a@[IPv6:1::2::3]", "a@[1.2.3]", "a@[]", "a@[IPv6:]", "a@[tag:xyz]", "a@[::1]",
                        "a@[IPv6:::1", "a@127.0.0.1]", "\u00F1@example.com", "a@ex\u00E4mple.com",
                        "a".repeat(65) + "@x.y", "a@" + "b".repeat(64) + ".c", "a@" + "b.".repeat(128) + "c",
                        "a(comment)@example.com", "a@example.com (Joe)", "Joe <a@example.com>", "a\\b@example.com",
                        "\"a\\\u00F1\"@example.com", "\"a\nb\"@example.com", "a@exa_mple.com", "",
                        "user1@oceania.org, user2@oceania.org",
                        "\"Winston Smith\" <winston.smith@recdep.minitrue> (Records Department)", "a\uFF20iana.org",
                        "test@iana.org\n", "test@iana.org\r", "a\tb@iana.org", "\u007F@iana.org", "test\"@iana.org",
                        "test\\@test@iana.org", "[1.2.3.4]@iana.org", "test@[1.2.3.4", "a@[1.2.3.4.5]",
                        "test@[RFC-5322-domain-literal]", "test@a[255.255.255.255]", "a,b@iana.org", "a;b@iana.org",
                        "a:b@iana.org", "a@b(c).org"),
                cases("uri", "//foo.bar/?baz=qux#quux", "/abc", "\\\\WINDOWS\\fileshare", "abc",
                        "http:// shouldfail.com", ":// should fail", "bar,baz:foo", "http://example.com/a b",
                        "http://example.com/%", "http://example.com/%2", "http://example.com/%zz",
                        "http://example.com/%2x", "http://example.com/#a#b", "1http://x", "http://[::1",
                        "http://[::1]x/", "http://[1::2::3]/", "http://[fe80::1%25eth0]/", "http://[v1.]/",
                        "http://[vz.a]/", "http://[v1x]/", "http://host:80a/", "http://a@b@c/", "http://ex ample.com",
                        "http://ex\u00E4mple.com/", "http://example.com/\"", "http://example.com/<>",
                        "http://example.com/{x}", "http://example.com/a\\b", "http://example.com/^", "", ":",
                        "+a:b", "http://example.com/\u00E9", "ht%74p://example.com", "http://example.com/ ",
                        "http://[::1]]/", "http://host:port/", "a:b|c", "https://[@example.org/test.txt",
                        "https://example.org/foobar\u00AE.txt", "https://example.org/foobar`.txt",
                        "https://example.org/foobar|.txt", "http://example.com/%6G", "http://example.com/%A",
                        "ht_tp://example.com", "http://example.com:abc/path", "http://a.com:8:0", "http://a.com::"),
                cases("ipv4", "1.2.3.04", "087.10.0.1", "256.0.0.1", "127.0.0.0.1", "1.2.3", "0x7f000001",
                        "2130706433", "192.168.1.0/24", "1\u09E87.0.0.1", "1.2.3.4 ", " 1.2.3.4", "1..2.3",
                        "1.2.3.", ".1.2.3", "", "1.2.3.1000", "01.2.3.4", "1.2.3.-4", "1.2.3.+4", "1.2.3.4.",
                        "0.0.0.00", "300.1.1.1", "1.1.1.1:80", "256.256.256.256", "127.0", "127.1", "127.0.1",
                        "192.168.0.1\n", "0x7f.0.0.1", "0o10.0.0.1", "192.168..1", "+1.2.3.4", "-1.2.3.4", "1e2.0.0.1",
                        "192.168.a.1", "192. 168.0.1", "192.168.0.1\t", "192.168.0.256"),
                cases("ipv6", "12345::", "::abcef", "1:1:1:1:1:1:1:1:1:1:1:1:1:1:1:1", "::laptop",
                        ":2:3:4:5:6:7:8", "1:2:3:4:5:6:7:", ":2:3:4::8", "1::d6::42", "1::2::3", "1::2:192.168.256.1",
                        "1::2:192.168.ff.1", "1:2:3:4:5:::8", "1:2:3:4:5:6:7", "1", "127.0.0.1", "1:2:3:4:1.2.3",
                        "  ::1", "::1  ", "fe80::/64", "fe80::a%eth1", "100:100:100:100:100:100:255.255.255.255.255",
                        "100:100:100:100:100:100:100:255.255.255.255", "1:2:3:4:5:6:7:\u09EA",
                        "1:2::192.16\u09EA.0.1", "1:2:3:4:5:6:7:8::", "::1:2:3:4:5:6:7:8", "1.2.3.4::",
                        "1:2:3:4:5:6:7:8:9", "::ffff:1.2.3.04", "", ":", ":::", "1::2:3:4:5:6:7:8", "[::1]",
                        "1.2.3.4:1::", "::1.2.3.4:1", "1:2:3:4:5:6:7:1.2.3.4", "::g", "1:2:3:4:5:6:7:8:",
                        ":1:2:3:4:5:6:7:8", "0000:0000:0000:0000:0000:0000:0000:00000", "::ffff:192.0.2", "1::2:",
                        "::ffff:256.1.1.1"),
                cases("duration", "", "P", "PT", "P1YT", "PT1D", "4DT12H30M5S", "P2D1Y", "P1D2H", "P2S", "P1Y2W",
                        "P\u09E8Y", "P1", "PT0.5S", " P1D", "P1D ", "P1Y2D", "PT1H2S", "-P1D", "P1D2T3H", "P1e2D",
                        "P1D\n", "P1WT1H", "P0Y1W", "PT0,5S", "P-1D", "p1d", "P1d", "PT1HT2M", "PW", "P1W1D",
                        "PTT1S", "P1M1Y", "PT1S1M"),
                cases("hostname", "", ".", ".example", "example.", "example..com", "-a.com", "a-.com",
                        "host_name", "example\uFF0Ecom", "a".repeat(64) + ".com", ("a".repeat(62) + ".").repeat(4)
                        + "ab", "example.com\n", "\u212Aelvin.example.com", "a b", "xn--X", "xn--07jt112bpxg.com",
                        "xn--hello-txk", "XN--aa---o47jg78q", "xn--7a", "xn--example-", "xn---9uc",
                        "r3---sn-abc.xn--9n2bp8q", "xn--0ca24w", "b\u00FCcher.de"),
                cases("idn-hostname", "", ".", "\u3002", "a..b", "example.", "example\u3002", ".example",
                        "\u302E\uC2E4\uB840", "\uC2E4\u302E\uB840", "a".repeat(64), "-> $1.00 <--", "xn--X",
                        "XN--aa---o47jg78q", "-hello", "hello-", "\u0903hello", "\u0300hello", "\u0488hello",
                        "\u0640\u07FA", "\u3031\u3032\u3033\u3034\u3035\u302E\u302F\u303B", "a\u00B7l",
                        "\u03B1\u0375S", "A\u05F3\u05D1", "def\u30FBabc", "\u0628\u0660\u06F0",
                        "\u0915\u200D\u0937", "\u200D\u0937", "0a.\u05D0", "a\u05D0", "xn--7a",
                        "\u00FC".repeat(60), "host_name", "a b", "\u00A1.com", "a\u2024b", "xn--example-",
                        "a\u1100.kr", "a\u20D0", "a\uFFFFb"),
                cases("idn-email", "2962", "user\uFF20example.com", "@example.com", "a@", "a..b@x.y", ".a@x.y",
                        "a.@x.y", "a".repeat(65) + "@example.com", "\u00E9".repeat(33) + "@x.y", "a@b@c",
                        "a b@c.com", "a@-x.com", "a@example.", "a@[1.2.3]", "\"\\\u00E9\"@x.y", "\"a@x.y",
                        "\uD800@x.y", "a@\u00A1.com", "a\u0000@x.y"),
                cases("uri-reference", "\\\\WINDOWS\\fileshare", "#frag\\ment", "/foobar\u00AE.txt",
                        "https://example.org/foobar\\.txt", "/%zz", "/a\"b", "/[::1]", "//example.com:abc/p",
                        "//a@b@example.com/", "//[::ffff:192.168.0.01]/p", "1:b", "a:b c", "%", "%4", "/a b",
                        "#a#b", "//[v1.]/", "http://[::1", "a^b", "\u00E9", "_:x"),
                cases("iri", "/abc", "\u00E2\u03C0\u03C0", "\\\\WINDOWS\\fil\u00EB",
                        "http://2001:0db8:85a3:0000:0000:8a2e:0370:7334", "http://[::ffff:192.168.0.01]",
                        "http://x/\n", "http://x/\uE000", "http://x/#\uE000", "http://x/\u200E",
                        "http://x/\uFFFE", "http://x/\uD800", "http://x/\uDB7F\uDFFE", "http://x/ "),
                cases("iri-reference", "\\\\WINDOWS\\fil\u00EB", "#\u0192r\u00E4g\\m\u00EAnt", "1:b",
                        "/a b", "\u202E"),
                cases("uri-template", "http://example.com/dictionary/{term:1}/{term", "{}", "{a,,b}", "{v:0}",
                        "{v:10000}", "foo}bar", "{a..b}", "{v:01}", "a b", "a\u007Fb", "{a,}", "{var=def}",
                        "{,+var}", "{", "}", "{{a}}", "{a.}", "{.a.}", "{%4}", "%", "%zz", "a\"b", "a<b", "a\\b",
                        "a^b", "a`b", "a|b", "{a:}", "{a*:3}", "{a:3*}", "{ a}", "{+}"),
                cases("json-pointer", "/foo/bar~", "#", "#/", "#a", "/~0~", "/~0/~", "/~2", "/~-1", "/~~", "a",
                        "0", "a/a", "~0", "/~"),
                cases("relative-json-pointer", "/foo/bar", "-1/foo/bar", "+1/foo/bar", "\u0661/foo", "0##",
                        "01/a", "01#", "", "0/~2", "0/foo/bar~", "1#/foo/bar", "1\n", "1+", "1+01/a", "1++1",
                        "#", "1 ", "0a"),
                cases("regex", "^(abc]", "\\a", "(?P<name>x)", "(?P<n>a)(?P=n)", "(?#comment)a", "(?i)abc",
                        "(?ims)abc", "(", ")", "[", "a{2,1}", "*", "a**", "\\", "(?<n>a)\\k<m>", "\\2(a)",
                        "\\p{Nope}", "\\u{110000}", "(?<=a)*", "\\c1", "\\x4"))
                .flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is valid")
    @MethodSource
    void valid(String format, String value) {
        assertThat(Formats.isValid(format, value)).isTrue();
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is invalid")
    @MethodSource
    void invalid(String format, String value) {
        assertThat(Formats.isValid(format, value)).isFalse();
    }

    @Test
    void assertsEveryFormatOfTheSpecification() {
        // JSON Schema 2020-12, Validation, section 7.3
        assertThat(Formats.ASSERTED).containsExactlyInAnyOrder("date-time", "date", "time", "duration", "email",
                "idn-email", "hostname", "idn-hostname", "ipv4", "ipv6", "uri", "uri-reference", "iri",
                "iri-reference", "uuid", "uri-template", "json-pointer", "relative-json-pointer", "regex");
        // The empty string is a relative reference, a template without expressions, the whole document's pointer and
        // the pattern that matches everywhere; nothing else.
        for (String format : Formats.ASSERTED) {
            assertThat(Formats.isValid(format, "")).as(format).isEqualTo(Set.of("uri-reference", "iri-reference",
                    "uri-template", "json-pointer", "regex").contains(format));
            assertThat(Formats.isValid(format, "\u0000")).as(format).isEqualTo(format.equals("regex"));
        }
    }

    @Test
    @Timeout(60)
    void staysLinearOnLongHostileInput() {
        String longA = "a".repeat(2_000_000);
        String dots = "1.".repeat(500_000);
        String colons = "1:".repeat(500_000);
        String percents = "http://x/" + "%4".repeat(500_000);
        String labels = "a.".repeat(1_000_000);
        String groups = "(".repeat(500_000) + ")".repeat(500_000);
        String braces = "{a,".repeat(500_000);
        // A hang guard, not a performance assertion: a quadratic check would take hours on these inputs.
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            for (String format : Formats.ASSERTED) {
                if (format.equals("regex")) {
                    continue; // its own test, below
                }
                for (String value : new String[] {longA, longA + "@", dots, colons, percents, "\"" + longA,
                        "[" + colons, longA + "@" + longA, "http://" + longA + ":" + longA, labels, groups, braces,
                        "\u00E9".repeat(1_000_000), "xn--" + longA, "P" + "1Y".repeat(500_000), "/~" + longA}) {
                    Formats.isValid(format, value);
                }
            }
        });
    }

    @Test
    @Timeout(60)
    void checksRegexSyntaxInLinearTime() {
        // Shapes on which working out which groups are certainly set (for backreferences busgen can run) takes time
        // quadratic in the number of groups: 400,000 nested groups took minutes. The regex format checks only the
        // syntax, which skips that analysis; each of these takes seconds at most.
        int n = 400_000;
        for (String pattern : List.of("(".repeat(n) + ")".repeat(n), "()".repeat(n), "(a*)*".repeat(n),
                "(".repeat(n) + "a" + ")".repeat(n) + "\\1".repeat(n), "(?<a>x)" + "\\k<a>".repeat(n))) {
            assertThat(Formats.isValid("regex", pattern)).isTrue();
        }
        assertThat(Formats.isValid("regex", "(".repeat(n) + ")".repeat(n - 1))).isFalse();
        assertThat(Formats.isValid("regex", "(".repeat(n) + ")".repeat(n) + "\\" + (n + 1))).isFalse();
    }
}
