#include "model/json/iso8601.hpp"

#include <hikari/core/errors_base.hpp>

#include <array>
#include <cstdio>

namespace hikari::json {

namespace {
// Reads exactly `count` digits at `pos`, advancing it.
bool digits(std::string_view text, std::size_t& pos, std::size_t count, int& out) noexcept {
    if (pos + count > text.size()) return false;
    int value = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9') return false;
        value = value * 10 + (c - '0');
    }
    pos += count;
    out = value;
    return true;
}

bool expect(std::string_view text, std::size_t& pos, char c) noexcept {
    if (pos >= text.size() || text[pos] != c) return false;
    ++pos;
    return true;
}
}  // namespace

std::optional<ModelTime> parse_iso8601(std::string_view text) noexcept {
    using namespace std::chrono;
    std::size_t pos = 0;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (!digits(text, pos, 4, y) || !expect(text, pos, '-') || !digits(text, pos, 2, mo) ||
        !expect(text, pos, '-') || !digits(text, pos, 2, d)) {
        return std::nullopt;
    }
    if (pos >= text.size() || (text[pos] != 'T' && text[pos] != 't' && text[pos] != ' ')) {
        return std::nullopt;
    }
    ++pos;
    if (!digits(text, pos, 2, h) || !expect(text, pos, ':') || !digits(text, pos, 2, mi) ||
        !expect(text, pos, ':') || !digits(text, pos, 2, s)) {
        return std::nullopt;
    }
    if (h > 23 || mi > 59 || s > 59) return std::nullopt;
    std::int64_t micros = 0;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        std::size_t count = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            if (count < 6) micros = micros * 10 + (text[pos] - '0');
            ++count;
            ++pos;
        }
        if (count == 0) return std::nullopt;
        for (std::size_t i = count; i < 6; ++i) micros *= 10;
    }
    int offset_minutes = 0;
    if (pos < text.size() && (text[pos] == 'Z' || text[pos] == 'z')) {
        ++pos;
    } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
        const int sign = text[pos] == '-' ? -1 : 1;
        ++pos;
        int oh = 0, om = 0;
        if (!digits(text, pos, 2, oh) || !expect(text, pos, ':') || !digits(text, pos, 2, om) ||
            oh > 23 || om > 59) {
            return std::nullopt;
        }
        offset_minutes = sign * (oh * 60 + om);
    } else {
        return std::nullopt;  // a timestamp without a zone is ambiguous
    }
    if (pos != text.size()) return std::nullopt;
    const year_month_day date{year{y}, month{static_cast<unsigned>(mo)},
                              day{static_cast<unsigned>(d)}};
    if (!date.ok()) return std::nullopt;
    return ModelTime{sys_days{date}} + hours{h} + minutes{mi - offset_minutes} + seconds{s} +
           microseconds{micros};
}

std::string format_iso8601(ModelTime time) {
    using namespace std::chrono;
    const auto day_start = floor<days>(time);
    const year_month_day date{day_start};
    const hh_mm_ss<microseconds> clock{time - day_start};
    const int y = static_cast<int>(date.year());
    if (y < 0 || y > 9999) throw ValueError("timestamp outside the years 0..9999");
    std::array<char, 40> buffer{};
    const int n = std::snprintf(
        buffer.data(), buffer.size(), "%04d-%02u-%02uT%02d:%02d:%02d.%06lld+00:00", y,
        static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
        static_cast<int>(clock.hours().count()), static_cast<int>(clock.minutes().count()),
        static_cast<int>(clock.seconds().count()),
        static_cast<long long>(clock.subseconds().count()));
    return std::string(buffer.data(), static_cast<std::size_t>(n));
}

}  // namespace hikari::json
