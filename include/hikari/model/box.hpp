#pragma once
// A copyable owning pointer with value semantics, for models that contain
// themselves (a message's referenced_message, a section's accessory).

#include <memory>
#include <utility>

namespace hikari {

/// Like std::optional<T> but heap-allocated, so T may be incomplete where Box<T> is declared.
template <class T>
class Box {
  public:
    Box() noexcept = default;
    explicit Box(T value) : ptr_(std::make_unique<T>(std::move(value))) {}
    Box(const Box& other) : ptr_(other.ptr_ ? std::make_unique<T>(*other.ptr_) : nullptr) {}
    Box(Box&&) noexcept = default;
    Box& operator=(const Box& other) {
        if (this != &other) ptr_ = other.ptr_ ? std::make_unique<T>(*other.ptr_) : nullptr;
        return *this;
    }
    Box& operator=(Box&&) noexcept = default;
    ~Box() = default;

    [[nodiscard]] bool has_value() const noexcept { return ptr_ != nullptr; }
    explicit operator bool() const noexcept { return has_value(); }
    T& emplace() {
        ptr_ = std::make_unique<T>();
        return *ptr_;
    }
    void reset() noexcept { ptr_.reset(); }

    // Precondition for the accessors: has_value().
    T& operator*() const noexcept { return *ptr_; }
    T* operator->() const noexcept { return ptr_.get(); }
    [[nodiscard]] T* get() const noexcept { return ptr_.get(); }

    friend bool operator==(const Box& a, const Box& b) {
        if (!a.ptr_ || !b.ptr_) return !a.ptr_ && !b.ptr_;
        return *a.ptr_ == *b.ptr_;
    }

  private:
    std::unique_ptr<T> ptr_;
};

}  // namespace hikari
