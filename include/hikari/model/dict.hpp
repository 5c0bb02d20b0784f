#pragma once
// JSON objects used as maps (localizations, resolved data), kept flat and in order.

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hikari {

/// A small string-keyed map stored as a vector: these maps hold a handful of
/// entries, so a linear find beats a node-based map and keeps JSON order.
template <class V>
struct Dict {
    using mapped_type = V;
    std::vector<std::pair<std::string, V>> entries;

    /// The value under `key`, or nullptr.
    [[nodiscard]] const V* find(std::string_view key) const {
        auto it = std::find_if(entries.begin(), entries.end(),
                               [&](const auto& entry) { return entry.first == key; });
        return it == entries.end() ? nullptr : &it->second;
    }
    [[nodiscard]] bool empty() const noexcept { return entries.empty(); }
    [[nodiscard]] std::size_t size() const noexcept { return entries.size(); }

    bool operator==(const Dict&) const = default;
};

}  // namespace hikari
