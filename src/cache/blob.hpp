#pragma once
// Compact JSON text of one entity: one heap block holding its size and bytes, 8 bytes where it
// is stored (a std::string is 32). Entities other than users and members are kept this way
// and parsed back on lookup.

#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>

namespace hikari::cache_detail {

class Blob {
  public:
    Blob() noexcept = default;
    explicit Blob(std::string_view text)
        : data_(std::make_unique_for_overwrite<char[]>(sizeof(std::uint32_t) + text.size())) {
        const auto size = static_cast<std::uint32_t>(text.size());
        std::memcpy(data_.get(), &size, sizeof size);
        if (!text.empty()) std::memcpy(data_.get() + sizeof size, text.data(), text.size());
    }

    [[nodiscard]] bool empty() const noexcept { return !data_; }
    [[nodiscard]] std::string_view view() const noexcept {
        if (!data_) return {};
        std::uint32_t size = 0;
        std::memcpy(&size, data_.get(), sizeof size);
        return {data_.get() + sizeof size, size};
    }

  private:
    std::unique_ptr<char[]> data_;  // NOLINT(modernize-avoid-c-arrays)
};

}  // namespace hikari::cache_detail
