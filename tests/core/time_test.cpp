#include <hikari/core/time.hpp>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <limits>
#include <new>

// Counts heap allocations so that the "parse allocates nothing" promise is checked.
namespace {
std::size_t allocations = 0;
}  // namespace

void* operator new(std::size_t size) {
    ++allocations;
    if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
    throw std::bad_alloc{};
}
void operator delete(void* p) noexcept {
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
    std::free(p);
}

using namespace hikari;
using namespace std::chrono;

namespace {
Timestamp utc(int y, unsigned mo, unsigned d, int h, int mi, int s, std::int64_t us = 0) {
    return Timestamp{sys_days{year{y} / month{mo} / day{d}}} + hours{h} + minutes{mi} + seconds{s} +
           microseconds{us};
}
}  // namespace

TEST(Time, ParsesWhatDiscordSends) {
    EXPECT_EQ(parse_iso8601("2017-07-11T17:27:07.299000+00:00"),
              utc(2017, 7, 11, 17, 27, 7, 299000));
    EXPECT_EQ(parse_iso8601("2021-03-01T12:00:00+00:00"), utc(2021, 3, 1, 12, 0, 0));
    EXPECT_EQ(parse_iso8601("2021-03-01T12:00:00Z"), utc(2021, 3, 1, 12, 0, 0));
    EXPECT_EQ(parse_iso8601("2021-03-01T12:00:00.123456Z"), utc(2021, 3, 1, 12, 0, 0, 123456));
}

// Discord's own 32-character form takes a fixed-offset fast path; it must agree with the
// general reader on every field and refuse what the general reader refuses.
TEST(Time, DiscordsOwnFormAgreesWithTheGeneralReader) {
    EXPECT_EQ(parse_iso8601("2024-02-29T23:59:59.999999+00:00"),
              utc(2024, 2, 29, 23, 59, 59, 999999));
    EXPECT_EQ(parse_iso8601("1999-12-31T00:00:00.000001+00:00"), utc(1999, 12, 31, 0, 0, 0, 1));
    // The same instant written with Z (the general path) and with +00:00 (the fast path).
    EXPECT_EQ(parse_iso8601("2022-09-12T10:11:12.123456+00:00"),
              parse_iso8601("2022-09-12T10:11:12.123456Z"));
    for (const char* bad : {
             "2023-02-29T10:11:12.123456+00:00",  // no such day
             "2022-13-12T10:11:12.123456+00:00",  // no such month
             "2022-01-12T24:11:12.123456+00:00",  // hour out of range
             "2022-01-12T10:60:12.123456+00:00",  // minute out of range
             "2022-01-12T10:11:60.123456+00:00",  // second out of range
             "2022-01-12T10:11:12.12345a+00:00",  // not a digit
             "20-2-01-12T10:11:12.123456+00:00",  // a sign inside the year
             "2022-01-12 10:11:12.123456+00:00",  // space for T
         }) {
        EXPECT_THROW(parse_iso8601(bad), ParseError) << bad;
    }
}

TEST(Time, DiscordsFormAgreesWithChronoOnEveryDayOfFiveCenturies) {
    // The fast path counts days by arithmetic; <chrono>'s calendar is the reference. Every
    // day from 1800 to 2299 (leap rules of 1800, 1900, 2000, 2100 included) and the day after
    // each month's last, which must be refused.
    using namespace std::chrono;
    for (int y = 1800; y < 2300; ++y) {
        for (unsigned m = 1; m <= 12; ++m) {
            const unsigned last = static_cast<unsigned>(
                year_month_day_last{year{y} / month{m} / std::chrono::last}.day());
            for (unsigned d = 1; d <= last + 1; ++d) {
                const std::string text =
                    fmt::format("{:04}-{:02}-{:02}T01:02:03.000004+00:00", y, m, d);
                if (d > last) {
                    EXPECT_FALSE(try_parse_iso8601(text).has_value()) << text;
                    continue;
                }
                const Timestamp want = sys_days{year{y} / month{m} / day{d}} + hours{1} +
                                       minutes{2} + seconds{3} + microseconds{4};
                ASSERT_EQ(try_parse_iso8601(text), want) << text;
            }
        }
    }
}

TEST(Time, FractionsOfOneToNineDigits) {
    EXPECT_EQ(parse_iso8601("2020-01-01T00:00:00.5Z"), utc(2020, 1, 1, 0, 0, 0, 500000));
    EXPECT_EQ(parse_iso8601("2020-01-01T00:00:00.05Z"), utc(2020, 1, 1, 0, 0, 0, 50000));
    EXPECT_EQ(parse_iso8601("2020-01-01T00:00:00.000001Z"), utc(2020, 1, 1, 0, 0, 0, 1));
    // Nanoseconds are truncated, not rounded.
    EXPECT_EQ(parse_iso8601("2020-01-01T00:00:00.123456789Z"), utc(2020, 1, 1, 0, 0, 0, 123456));
    EXPECT_EQ(parse_iso8601("2020-01-01T00:00:00.9999999Z"), utc(2020, 1, 1, 0, 0, 0, 999999));
}

TEST(Time, HonoursOffsets) {
    EXPECT_EQ(parse_iso8601("2021-03-01T14:30:00+02:30"), utc(2021, 3, 1, 12, 0, 0));
    EXPECT_EQ(parse_iso8601("2021-03-01T07:00:00-05:00"), utc(2021, 3, 1, 12, 0, 0));
    // Crossing midnight, month and year boundaries.
    EXPECT_EQ(parse_iso8601("2021-01-01T01:00:00+02:00"), utc(2020, 12, 31, 23, 0, 0));
    EXPECT_EQ(parse_iso8601("2020-12-31T23:30:00-01:00"), utc(2021, 1, 1, 0, 30, 0));
    EXPECT_EQ(parse_iso8601("2021-03-01T12:00:00-00:00"), utc(2021, 3, 1, 12, 0, 0));
}

TEST(Time, LeapDays) {
    EXPECT_EQ(parse_iso8601("2020-02-29T00:00:00Z"), utc(2020, 2, 29, 0, 0, 0));
    EXPECT_EQ(parse_iso8601("2000-02-29T00:00:00Z"), utc(2000, 2, 29, 0, 0, 0));
    EXPECT_THROW(parse_iso8601("2021-02-29T00:00:00Z"), ParseError);
    EXPECT_THROW(parse_iso8601("1900-02-29T00:00:00Z"), ParseError);
}

TEST(Time, BeforeTheUnixEpoch) {
    auto t = parse_iso8601("1969-12-31T23:59:59.999999Z");
    EXPECT_EQ(t.time_since_epoch().count(), -1);
    EXPECT_EQ(format_iso8601(t), "1969-12-31T23:59:59.999999+00:00");
    EXPECT_EQ(to_unix_ms(t), -1);
}

TEST(Time, RejectsMalformedInputQuotingIt) {
    for (const char* bad : {
             "",
             "2021",
             "2021-03-01",
             "2021-03-01T",
             "2021-03-01T12:00",
             "2021-03-01T12:00:00",  // no offset
             "2021-03-01 12:00:00Z",
             "2021-03-01t12:00:00Z",
             "21-03-01T12:00:00Z",
             "2021-3-01T12:00:00Z",
             "2021-03-1T12:00:00Z",
             "2021-03-01T1:00:00Z",
             "2021-02-30T12:00:00Z",
             "2021-04-31T12:00:00Z",
             "2021-00-10T12:00:00Z",
             "2021-13-10T12:00:00Z",
             "2021-03-00T12:00:00Z",
             "2021-03-01T24:00:00Z",
             "2021-03-01T12:60:00Z",
             "2021-03-01T12:00:60Z",
             "2021-03-01T12:00:00.Z",
             "2021-03-01T12:00:00.1234567890Z",
             "2021-03-01T12:00:00+0000",
             "2021-03-01T12:00:00+00",
             "2021-03-01T12:00:00+24:00",
             "2021-03-01T12:00:00+00:60",
             "2021-03-01T12:00:00Zjunk",
             "2021-03-01T12:00:00+00:00 ",
             "2021-03-01T12:00:00z",
             " 2021-03-01T12:00:00Z",
             "2021-03-01T12:00:00,5Z",
             "+2021-03-01T12:00:00Z",
             "2021-03-01T12:00:00.12a4Z",
         }) {
        EXPECT_THROW(parse_iso8601(bad), ParseError) << '"' << bad << '"';
        EXPECT_FALSE(try_parse_iso8601(bad).has_value()) << '"' << bad << '"';
    }
    try {
        parse_iso8601("2021-02-30T12:00:00Z");
        FAIL() << "expected ParseError";
    } catch (const ParseError& e) {
        EXPECT_NE(std::string(e.what()).find("\"2021-02-30T12:00:00Z\""), std::string::npos)
            << e.what();
    }
}

TEST(Time, RejectsEmbeddedNul) {
    using namespace std::string_view_literals;
    EXPECT_THROW(parse_iso8601("2021-03-01T12:00:00Z\0"sv), ParseError);
    EXPECT_THROW(parse_iso8601("2021-03-01T12:00:00.\0Z"sv), ParseError);
}

TEST(Time, TryParse) {
    auto t = try_parse_iso8601("2017-07-11T17:27:07.299000+00:00");
    ASSERT_TRUE(t.has_value());
    EXPECT_EQ(*t, utc(2017, 7, 11, 17, 27, 7, 299000));
}

TEST(Time, Formats) {
    EXPECT_EQ(format_iso8601(utc(2017, 7, 11, 17, 27, 7, 299000)),
              "2017-07-11T17:27:07.299000+00:00");
    EXPECT_EQ(format_iso8601(utc(2021, 3, 1, 12, 0, 0)), "2021-03-01T12:00:00.000000+00:00");
    EXPECT_EQ(format_iso8601(Timestamp{}), "1970-01-01T00:00:00.000000+00:00");
    EXPECT_EQ(format_iso8601(utc(9999, 12, 31, 23, 59, 59, 999999)),
              "9999-12-31T23:59:59.999999+00:00");
    EXPECT_EQ(format_iso8601(utc(5, 1, 2, 3, 4, 5, 6)), "0005-01-02T03:04:05.000006+00:00");
}

TEST(Time, FormatRejectsYearsBeyondFourDigits) {
    EXPECT_THROW(format_iso8601(utc(10000, 1, 1, 0, 0, 0)), ValueError);
    EXPECT_THROW(format_iso8601(utc(-1, 12, 31, 23, 59, 59, 999999)), ValueError);
    EXPECT_EQ(format_iso8601(utc(0, 1, 1, 0, 0, 0)), "0000-01-01T00:00:00.000000+00:00");
    // Far enough out that a 16-bit year would wrap back into range.
    EXPECT_THROW(format_iso8601(Timestamp::max()), ValueError);
    EXPECT_THROW(format_iso8601(Timestamp::min()), ValueError);
    EXPECT_THROW(format_iso8601(utc(32767, 1, 1, 0, 0, 0) + days{365 * 3}), ValueError);
    // An offset can push a parsable text out of the formattable range.
    EXPECT_THROW(format_iso8601(parse_iso8601("0000-01-01T00:00:00+01:00")), ValueError);
}

TEST(Time, RoundTrips) {
    for (const char* text : {"2017-07-11T17:27:07.299000+00:00", "0000-01-01T00:00:00.000000+00:00",
                             "2024-02-29T23:59:59.000001+00:00"}) {
        EXPECT_EQ(format_iso8601(parse_iso8601(text)), text);
    }
}

TEST(Time, UnixMilliseconds) {
    EXPECT_EQ(to_unix_ms(utc(2017, 7, 11, 17, 27, 7, 299999)), 1499794027299);
    EXPECT_EQ(from_unix_ms(1499794027299), utc(2017, 7, 11, 17, 27, 7, 299000));
    EXPECT_EQ(from_unix_ms(0), Timestamp{});
    EXPECT_EQ(from_unix_ms(-1).time_since_epoch().count(), -1000);
    // Rounds towards the past, also before 1970.
    EXPECT_EQ(to_unix_ms(Timestamp{microseconds{-1}}), -1);
    EXPECT_THROW(from_unix_ms(std::numeric_limits<std::int64_t>::max()), ValueError);
    EXPECT_THROW(from_unix_ms(std::numeric_limits<std::int64_t>::min()), ValueError);
}

TEST(Time, ParsingAllocatesNothing) {
    const std::size_t before = allocations;
    auto a = parse_iso8601("2017-07-11T17:27:07.299000+00:00");
    auto b = try_parse_iso8601("2021-03-01T07:00:00.123456789-05:00");
    const std::size_t after = allocations;
    EXPECT_EQ(after, before);
    EXPECT_LT(a, *b);
    // The counter works: formatting does allocate.
    auto text = format_iso8601(a);
    EXPECT_GT(allocations, after);
}
