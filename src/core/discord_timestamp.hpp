#pragma once
// The one form Discord writes every timestamp in, 2022-01-12T10:11:12.123456+00:00, read at
// fixed offsets: one length check instead of a branch per character, and the date turned into
// days by arithmetic instead of through <chrono>'s calendar types. Inline because the model
// reader takes one per member of a GUILD_CREATE; any other form goes to parse_iso8601.

#include <hikari/core/time.hpp>

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace hikari::time_detail {

/// Two decimal digits at `p`, or -1.
[[gnu::always_inline]] inline int two_digits(const char* p) noexcept {
    const unsigned hi = static_cast<unsigned char>(p[0]) - unsigned{'0'};
    const unsigned lo = static_cast<unsigned char>(p[1]) - unsigned{'0'};
    return hi < 10 && lo < 10 ? static_cast<int>(hi * 10 + lo) : -1;
}

constexpr bool is_leap(unsigned y) noexcept {
    return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

constexpr unsigned days_in_month(unsigned y, unsigned m) noexcept {
    constexpr std::array<std::uint8_t, 12> lengths{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : lengths[m - 1];
}

/// Days from 1970-01-01 to the proleptic Gregorian date y-m-d (m 1-12, y 0-9999): years counted
/// from March, so the leap day is the last of its year, in 400-year eras of 146 097 days.
/// Years are shifted by one era so that January and February of year 0 stay non-negative,
/// and the arithmetic is unsigned, so each division by a constant compiles to a multiply.
constexpr std::int64_t days_from_civil(unsigned y, unsigned m, unsigned d) noexcept {
    const unsigned shifted = y + 400 - (m <= 2 ? 1 : 0);  // one era later: never negative
    const unsigned era = shifted / 400;
    const unsigned year_of_era = shifted - era * 400;                              // 0-399
    const unsigned day_of_year = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;  // 0-365
    const unsigned day_of_era =
        year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return (std::int64_t{era} - 1) * 146097 + day_of_era - 719468;
}

/// Reads `text` when it is in Discord's form exactly; false for anything else (then the
/// general reader decides, and says why when it refuses).
[[gnu::always_inline]] inline bool parse_discord_form(std::string_view text,
                                                      Timestamp& out) noexcept {
    if (text.size() != 32 || std::memcmp(text.data() + 26, "+00:00", 6) != 0) return false;
    const char* p = text.data();
    if (p[4] != '-' || p[7] != '-' || p[10] != 'T' || p[13] != ':' || p[16] != ':' ||
        p[19] != '.') {
        return false;
    }
    const int century = two_digits(p);
    const int yy = two_digits(p + 2);
    const int mo = two_digits(p + 5);
    const int d = two_digits(p + 8);
    const int h = two_digits(p + 11);
    const int mi = two_digits(p + 14);
    const int s = two_digits(p + 17);
    const int f1 = two_digits(p + 20);
    const int f2 = two_digits(p + 22);
    const int f3 = two_digits(p + 24);
    if ((century | yy | mo | d | h | mi | s | f1 | f2 | f3) < 0) return false;
    const auto y = static_cast<unsigned>(century * 100 + yy);
    const auto month = static_cast<unsigned>(mo);
    const auto day = static_cast<unsigned>(d);
    if (month < 1 || month > 12 || day < 1 || day > days_in_month(y, month) || h > 23 || mi > 59 ||
        s > 59) {
        return false;
    }
    const std::int64_t seconds =
        days_from_civil(y, month, day) * 86400 + std::int64_t{h} * 3600 + std::int64_t{mi} * 60 + s;
    const std::int64_t micros = std::int64_t{f1} * 10000 + std::int64_t{f2} * 100 + f3;
    out = Timestamp{std::chrono::microseconds{seconds * 1'000'000 + micros}};
    return true;
}

}  // namespace hikari::time_detail
