#pragma once
// What every benchmark of the suite reports per figure: the median of its runs with the
// smallest and largest beside it, and how it prints them in BENCHMARKS.md's tables.

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace hikari::bench {

struct Summary {
    double median = 0;
    double min = 0;
    double max = 0;
};

inline Summary summarise(std::vector<double> v) {
    if (v.empty()) return {};
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v.front(), v.back()};
}

/// "1 234 567", grouped by thousands with a space as BENCHMARKS.md writes numbers.
inline std::string grouped(double value) {
    const bool negative = value < 0;
    std::string digits =
        std::to_string(static_cast<long long>(negative ? -value + 0.5 : value + 0.5));
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i != 0 && (digits.size() - i) % 3 == 0) out += ' ';
        out += digits[i];
    }
    return negative ? "-" + out : out;
}

/// "median (min – max)" with whole numbers grouped by thousands.
inline std::string median_range(const Summary& s) {
    return grouped(s.median) + " (" + grouped(s.min) + " – " + grouped(s.max) + ")";
}

/// The same with `decimals` places (for small figures: microseconds, seconds, MB/s).
inline std::string median_range(const Summary& s, int decimals) {
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "%.*f (%.*f – %.*f)", decimals, s.median, decimals, s.min,
                  decimals, s.max);
    return buffer;
}

}  // namespace hikari::bench
