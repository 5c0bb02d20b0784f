#pragma once
// The tri-state of REST arguments: leave alone (undefined), clear (none) or set (a value).
// Discord tells an absent JSON field ("don't touch") from an explicit null ("clear it").

#include <optional>
#include <stdexcept>
#include <type_traits>
#include <utility>

namespace hikari {

struct Undefined {
    friend constexpr bool operator==(Undefined, Undefined) noexcept = default;
};
/// "Leave this field alone": the field is left out of the request body.
inline constexpr Undefined undefined{};
/// "Clear this field": the field is sent as JSON null.
inline constexpr std::nullopt_t none = std::nullopt;

/// Thrown by value() on an UndefinedOr/UndefinedNoneOr that holds no value.
class BadUndefinedAccess : public std::logic_error {
  public:
    using std::logic_error::logic_error;
};

/// Either undefined or a T.
template <class T>
class UndefinedOr {
  public:
    using value_type = T;

    constexpr UndefinedOr() noexcept = default;
    constexpr UndefinedOr(Undefined) noexcept {}  // NOLINT(google-explicit-constructor)
    template <class U = T>
    requires std::is_constructible_v<T, U&&> &&
        (!std::is_same_v<std::remove_cvref_t<U>, UndefinedOr>)&&(
            !std::is_same_v<std::remove_cvref_t<U>, Undefined>)
        // Implicit by design, and constrained so it never hides the copy/move constructors.
        constexpr UndefinedOr(U&& value)  // NOLINT(bugprone-forwarding-reference-overload)
        : value_(std::in_place, std::forward<U>(value)) {}

    [[nodiscard]] constexpr bool is_undefined() const noexcept { return !value_; }
    [[nodiscard]] constexpr bool has_value() const noexcept { return value_.has_value(); }
    constexpr explicit operator bool() const noexcept { return has_value(); }

    constexpr const T& value() const& {
        if (!value_) throw BadUndefinedAccess("UndefinedOr::value() on an undefined value");
        return *value_;
    }
    constexpr T& value() & {
        if (!value_) throw BadUndefinedAccess("UndefinedOr::value() on an undefined value");
        return *value_;
    }
    constexpr const T& operator*() const& noexcept { return *value_; }
    constexpr T& operator*() & noexcept { return *value_; }
    constexpr const T* operator->() const noexcept { return &*value_; }
    template <class U>
    constexpr T value_or(U&& fallback) const& {
        return value_ ? *value_ : static_cast<T>(std::forward<U>(fallback));
    }

    friend constexpr bool operator==(const UndefinedOr&, const UndefinedOr&) = default;

  private:
    std::optional<T> value_;
};

/// Either undefined, none (null) or a T.
template <class T>
class UndefinedNoneOr {
  public:
    using value_type = T;

    constexpr UndefinedNoneOr() noexcept = default;
    constexpr UndefinedNoneOr(Undefined) noexcept {}    // NOLINT(google-explicit-constructor)
    constexpr UndefinedNoneOr(std::nullopt_t) noexcept  // NOLINT(google-explicit-constructor)
        : defined_(true) {}
    /// An optional maps empty to none: handy when forwarding a model's nullable field.
    constexpr UndefinedNoneOr(std::optional<T> value)  // NOLINT(google-explicit-constructor)
        : value_(std::move(value)), defined_(true) {}
    template <class U = T>
    requires std::is_constructible_v<T, U&&> &&
        (!std::is_same_v<std::remove_cvref_t<U>, UndefinedNoneOr>)&&(
            !std::is_same_v<
                std::remove_cvref_t<U>,
                Undefined>)&&(!std::
                                  is_same_v<
                                      std::remove_cvref_t<U>,
                                      std::
                                          nullopt_t>)&&(!std::
                                                            is_same_v<
                                                                std::remove_cvref_t<U>,
                                                                std::optional<
                                                                    T>>)constexpr UndefinedNoneOr(U&& value)  // NOLINT(bugprone-forwarding-reference-overload)
        : value_(std::in_place, std::forward<U>(value)), defined_(true) {}

    [[nodiscard]] constexpr bool is_undefined() const noexcept { return !defined_; }
    [[nodiscard]] constexpr bool is_none() const noexcept { return defined_ && !value_; }
    [[nodiscard]] constexpr bool has_value() const noexcept { return value_.has_value(); }
    constexpr explicit operator bool() const noexcept { return has_value(); }

    constexpr const T& value() const& {
        if (!value_) throw BadUndefinedAccess("UndefinedNoneOr::value() without a value");
        return *value_;
    }
    constexpr const T& operator*() const& noexcept { return *value_; }
    constexpr const T* operator->() const noexcept { return &*value_; }
    /// The defined part: nullopt for none. Precondition: !is_undefined().
    [[nodiscard]] constexpr const std::optional<T>& as_optional() const noexcept { return value_; }

    friend constexpr bool operator==(const UndefinedNoneOr&, const UndefinedNoneOr&) = default;

  private:
    std::optional<T> value_;
    bool defined_ = false;
};

}  // namespace hikari
