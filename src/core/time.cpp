#include <hikari/core/time.hpp>

#include "core/discord_timestamp.hpp"

#include <fmt/format.h>

#include <array>
#include <limits>

namespace hikari {

namespace {

using namespace std::chrono;

// A hand-written cursor instead of sscanf or streams: this runs for every message on the
// gateway, so it must not allocate, consult the locale or accept lenient forms.
class Cursor {
  public:
    explicit Cursor(std::string_view text) noexcept : text_(text) {}

    [[nodiscard]] bool at_end() const noexcept { return pos_ == text_.size(); }
    [[nodiscard]] char peek() const noexcept { return at_end() ? '\0' : text_[pos_]; }
    void skip() noexcept { ++pos_; }

    bool literal(char c) noexcept {
        if (peek() != c) return false;
        ++pos_;
        return true;
    }

    // Exactly `count` decimal digits.
    bool digits(int count, int& out) noexcept {
        int value = 0;
        for (int i = 0; i < count; ++i) {
            char c = peek();
            if (c < '0' || c > '9') return false;
            value = value * 10 + (c - '0');
            ++pos_;
        }
        out = value;
        return true;
    }

  private:
    std::string_view text_;
    std::size_t pos_ = 0;
};

// Returns nullptr on success, else why the text was refused.
const char* parse_into(std::string_view text, Timestamp& out) noexcept {
    if (time_detail::parse_discord_form(text, out)) return nullptr;
    Cursor in{text};
    int y = 0;
    int mo = 0;
    int d = 0;
    int h = 0;
    int mi = 0;
    int s = 0;
    if (!in.digits(4, y) || !in.literal('-') || !in.digits(2, mo) || !in.literal('-') ||
        !in.digits(2, d)) {
        return "expected a date as YYYY-MM-DD";
    }
    if (!in.literal('T')) return "expected 'T' between the date and the time";
    if (!in.digits(2, h) || !in.literal(':') || !in.digits(2, mi) || !in.literal(':') ||
        !in.digits(2, s)) {
        return "expected a time as HH:MM:SS";
    }
    const year_month_day date{year{y}, month{static_cast<unsigned>(mo)},
                              day{static_cast<unsigned>(d)}};
    if (!date.ok()) return "no such date";
    if (h > 23 || mi > 59 || s > 59) return "time of day out of range";

    std::int64_t micros = 0;
    if (in.literal('.')) {
        int count = 0;
        while (in.peek() >= '0' && in.peek() <= '9') {
            // Digits past microseconds are truncated, as sys_time<microseconds> would.
            if (count < 6) micros = micros * 10 + (in.peek() - '0');
            ++count;
            in.skip();
        }
        if (count == 0 || count > 9) return "expected 1 to 9 digits of fraction after '.'";
        for (int i = count; i < 6; ++i) micros *= 10;
    }

    int offset_minutes = 0;
    if (in.literal('Z')) {
        // UTC
    } else if (in.peek() == '+' || in.peek() == '-') {
        const int sign = in.peek() == '-' ? -1 : 1;
        in.skip();
        int oh = 0;
        int om = 0;
        if (!in.digits(2, oh) || !in.literal(':') || !in.digits(2, om)) {
            return "expected a UTC offset as +HH:MM or -HH:MM";
        }
        if (oh > 23 || om > 59) return "UTC offset out of range";
        offset_minutes = sign * (oh * 60 + om);
    } else {
        return "expected a UTC offset ('Z', +HH:MM or -HH:MM)";
    }
    if (!in.at_end()) return "unexpected text after the UTC offset";

    out = Timestamp{sys_days{date}} + hours{h} + minutes{mi} + seconds{s} + microseconds{micros} -
          minutes{offset_minutes};
    return nullptr;
}

void put2(char* p, unsigned v) noexcept {
    p[0] = static_cast<char>('0' + v / 10);
    p[1] = static_cast<char>('0' + v % 10);
}

}  // namespace

Timestamp parse_iso8601(std::string_view text) {
    Timestamp result;
    if (const char* why = parse_into(text, result)) {
        constexpr std::size_t shown = 64;
        throw ParseError(fmt::format("invalid ISO-8601 timestamp \"{}{}\": {}",
                                     text.substr(0, shown), text.size() > shown ? "..." : "", why));
    }
    return result;
}

std::optional<Timestamp> try_parse_iso8601(std::string_view text) noexcept {
    Timestamp result;
    if (parse_into(text, result) != nullptr) return std::nullopt;
    return result;
}

std::string format_iso8601(Timestamp time) {
    // Checked on the instant itself: year_month_day wraps years beyond +-32767 silently.
    constexpr sys_days first{year{0} / January / 1};
    constexpr sys_days past_last{year{10000} / January / 1};
    if (time < first || time >= past_last) {
        throw ValueError(fmt::format(
            "cannot format {} us since the Unix epoch as ISO-8601: only years 0000..9999 fit",
            time.time_since_epoch().count()));
    }
    const auto day_start = floor<days>(time);
    const year_month_day date{day_start};
    const int y = static_cast<int>(date.year());
    const hh_mm_ss clock{time - day_start};
    // "YYYY-MM-DDTHH:MM:SS.ffffff+00:00" is 32 characters.
    std::string out(32, '\0');
    char* p = out.data();
    put2(p, static_cast<unsigned>(y) / 100);
    put2(p + 2, static_cast<unsigned>(y) % 100);
    p[4] = '-';
    put2(p + 5, static_cast<unsigned>(date.month()));
    p[7] = '-';
    put2(p + 8, static_cast<unsigned>(date.day()));
    p[10] = 'T';
    put2(p + 11, static_cast<unsigned>(clock.hours().count()));
    p[13] = ':';
    put2(p + 14, static_cast<unsigned>(clock.minutes().count()));
    p[16] = ':';
    put2(p + 17, static_cast<unsigned>(clock.seconds().count()));
    p[19] = '.';
    auto micros = static_cast<unsigned>(clock.subseconds().count());
    for (int i = 25; i >= 20; --i) {
        p[i] = static_cast<char>('0' + micros % 10);
        micros /= 10;
    }
    std::string_view utc = "+00:00";
    utc.copy(p + 26, utc.size());
    return out;
}

std::int64_t to_unix_ms(Timestamp time) noexcept {
    return floor<milliseconds>(time).time_since_epoch().count();
}

Timestamp from_unix_ms(std::int64_t ms) {
    constexpr std::int64_t limit = std::numeric_limits<std::int64_t>::max() / 1000;
    if (ms > limit || ms < -limit) {
        throw ValueError(fmt::format("{} ms since the Unix epoch does not fit in a Timestamp", ms));
    }
    return Timestamp{milliseconds{ms}};
}

}  // namespace hikari
