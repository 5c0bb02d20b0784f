#pragma once
// The values of a route's placeholders, without the heap in the common case: a request has
// one to four of them, nearly all ids, which are written as their digits straight into one
// small buffer kept inside the list. Long text (webhook and interaction tokens) moves the
// whole list's text to one heap string.

#include <hikari/core/snowflake.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace hikari::rest {

/// One argument as it is written in a braced list ({channel, message, emoji}): an id, or text
/// that must outlive the list's construction (a temporary of the same expression does).
class RouteArg {
  public:
    // Implicit, for the braced lists of the endpoints.
    RouteArg(Snowflake id) noexcept : id_(id.value()), is_id_(true) {}  // NOLINT
    RouteArg(std::string_view text) noexcept : text_(text) {}           // NOLINT
    RouteArg(const std::string& text) noexcept : text_(text) {}         // NOLINT
    RouteArg(const char* text) noexcept : text_(text) {}                // NOLINT

  private:
    friend class RouteArgs;
    std::string_view text_;
    std::uint64_t id_ = 0;
    bool is_id_ = false;
};

class RouteArgs {
  public:
    /// More placeholders than any route has.
    static constexpr std::size_t max_size = 8;

    RouteArgs() noexcept = default;
    RouteArgs(std::initializer_list<RouteArg> args);

    /// Appends an argument; throws ValueError past max_size.
    void push_back(const RouteArg& arg);
    [[nodiscard]] std::size_t size() const noexcept { return count_; }
    [[nodiscard]] bool empty() const noexcept { return count_ == 0; }
    [[nodiscard]] std::string_view operator[](std::size_t i) const noexcept {
        const std::size_t begin = i == 0 ? 0 : ends_[i - 1];
        return text().substr(begin, ends_[i] - begin);
    }

  private:
    static constexpr std::size_t inline_capacity = 64;  // three ids and more

    [[nodiscard]] std::string_view text() const noexcept {
        return spilled_ ? std::string_view(heap_) : std::string_view(inline_.data(), size_);
    }
    void append(std::string_view text);

    std::array<char, inline_capacity> inline_{};
    std::array<std::uint16_t, max_size> ends_{};  // where each argument's text ends
    std::uint16_t size_ = 0;                      // bytes of text
    std::uint8_t count_ = 0;
    bool spilled_ = false;  // the text is in heap_
    std::string heap_;
};

}  // namespace hikari::rest
