#pragma once
// ASCII case folding for HTTP names. boost::algorithm::iequals goes through std::locale
// (a facet lookup with dynamic_cast per call), which the header lookups of every response
// paid many times over; HTTP field names are ASCII by definition.

#include <string_view>

namespace hikari::rest::http {

[[nodiscard]] constexpr char ascii_lower(char c) noexcept {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

/// Whether `a` and `b` are equal ignoring ASCII case.
[[nodiscard]] constexpr bool ascii_iequals(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
    }
    return true;
}

}  // namespace hikari::rest::http
