#pragma once
// Small ASCII text helpers shared by core's parsers (intent, permission, cache component and
// log level names, CDN formats, header names). Private to the library.

#include <string_view>

namespace hikari::detail {

constexpr char ascii_upper(char c) noexcept {
    return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

/// Case-insensitive equality for ASCII names.
constexpr bool iequals(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (ascii_upper(a[i]) != ascii_upper(b[i])) return false;
    }
    return true;
}

/// `text` without leading and trailing spaces and tabs.
constexpr std::string_view trim(std::string_view text) noexcept {
    constexpr std::string_view blanks = " \t";
    auto first = text.find_first_not_of(blanks);
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(blanks) - first + 1);
}

}  // namespace hikari::detail
