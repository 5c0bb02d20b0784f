#pragma once
// The header fields of a response, kept in one block of text: each field is its two lengths
// followed by the lower-cased name and the value. A response carries a dozen or more fields
// (Discord's rate-limit headers among them), and a vector of string pairs cost an allocation
// for the vector and one for every name or value longer than a short string.

// config.hpp first: its CacheComponents::none trips -Wshadow after undefined.hpp's `none`.
#include <hikari/core/config.hpp>
#include <hikari/core/errors.hpp>

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace hikari::rest::http {

class ResponseHeaders {
  public:
    using Field = std::pair<std::string_view, std::string_view>;

    ResponseHeaders() noexcept = default;
    ResponseHeaders(std::initializer_list<Field> fields);

    /// Appends a field, its name lower-cased.
    void add(std::string_view name, std::string_view value);
    void reserve(std::size_t bytes) { text_.reserve(bytes); }
    void clear() noexcept {
        text_.clear();
        count_ = 0;
    }

    [[nodiscard]] std::size_t size() const noexcept { return count_; }
    [[nodiscard]] bool empty() const noexcept { return count_ == 0; }
    /// The field at `index` (< size()), in the order received.
    [[nodiscard]] Field operator[](std::size_t index) const;
    /// The first value of a field, its name matched case-insensitively.
    [[nodiscard]] std::optional<std::string_view> find(std::string_view name) const;
    /// Copies the fields out, as the error types carry them.
    [[nodiscard]] HTTPHeaders to_vector() const;

    /// Calls f(name, value) for every field, in order.
    template <class F>
    void for_each(F&& f) const {
        for (std::size_t at = 0; at < text_.size();) {
            const Field field = read(at);
            f(field.first, field.second);
        }
    }

  private:
    /// The field starting at `at`; moves `at` to the next one.
    [[nodiscard]] Field read(std::size_t& at) const noexcept;

    std::string text_;
    std::size_t count_ = 0;
};

}  // namespace hikari::rest::http
