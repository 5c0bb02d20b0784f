#pragma once
// A few short strings packed into N bytes, spilling to one heap block only when they do not
// fit: the user's username and global name, a member's nickname. A std::string costs 32 bytes
// for one string and a heap block past 15 characters; this keeps typical names inline.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#include <utility>

namespace hikari::cache_detail {

/// Up to `count` optional strings. Encoding, per slot: 0xFF for absent, else a length byte
/// (0xFE: a 4-byte length follows) and the bytes. The last byte of the object is the encoded
/// size when inline, or 0xFF when the encoding lives on the heap (pointer and 32-bit size in
/// front).
template <std::size_t N>
class PackedText {
    static_assert(N >= 16 && N <= 255);

  public:
    PackedText() noexcept { clear_inline(); }
    PackedText(const PackedText& other) { copy_from(other); }
    PackedText(PackedText&& other) noexcept {
        std::memcpy(bytes_, other.bytes_, N);
        other.clear_inline();
    }
    PackedText& operator=(const PackedText& other) {
        if (this != &other) {
            release();
            copy_from(other);
        }
        return *this;
    }
    PackedText& operator=(PackedText&& other) noexcept {
        if (this != &other) {
            release();
            std::memcpy(bytes_, other.bytes_, N);
            other.clear_inline();
        }
        return *this;
    }
    ~PackedText() { release(); }

    /// Replaces the content with these slots (nullopt: absent).
    template <std::size_t K>
    void assign(const std::optional<std::string_view> (&slots)[K]) {
        std::size_t size = 0;
        for (const auto& slot : slots) size += encoded_size(slot);
        release();
        char* out = nullptr;
        if (size <= N - 1) {
            out = bytes_;
            bytes_[N - 1] = static_cast<char>(size);
        } else {
            out = new char[size];  // NOLINT(cppcoreguidelines-owning-memory)
            set_heap(out, size);
        }
        for (const auto& slot : slots) out = encode(out, slot);
    }

    /// Slot `index` (absent past the last slot).
    [[nodiscard]] std::optional<std::string_view> get(std::size_t index) const noexcept {
        const auto [data, size] = encoded();
        const char* p = data;
        const char* end = data + size;
        for (std::size_t i = 0; p < end; ++i) {
            const auto tag = static_cast<std::uint8_t>(*p++);
            if (tag == 0xFF) {
                if (i == index) return std::nullopt;
                continue;
            }
            std::uint32_t length = tag;
            if (tag == 0xFE) {
                std::memcpy(&length, p, sizeof length);
                p += sizeof length;
            }
            if (i == index) return std::string_view(p, length);
            p += length;
        }
        return std::nullopt;
    }

    /// Bytes held on the heap (0 when inline).
    [[nodiscard]] std::size_t heap_bytes() const noexcept {
        return is_heap() ? encoded().second : 0;
    }

  private:
    static std::size_t encoded_size(const std::optional<std::string_view>& slot) noexcept {
        if (!slot) return 1;
        return slot->size() + (slot->size() < 0xFE ? 1 : 5);
    }
    static char* encode(char* out, const std::optional<std::string_view>& slot) noexcept {
        if (!slot) {
            *out++ = static_cast<char>(0xFF);
            return out;
        }
        if (slot->size() < 0xFE) {
            *out++ = static_cast<char>(slot->size());
        } else {
            *out++ = static_cast<char>(0xFE);
            const auto length = static_cast<std::uint32_t>(slot->size());
            std::memcpy(out, &length, sizeof length);
            out += sizeof length;
        }
        if (!slot->empty()) std::memcpy(out, slot->data(), slot->size());
        return out + slot->size();
    }

    [[nodiscard]] bool is_heap() const noexcept {
        return static_cast<std::uint8_t>(bytes_[N - 1]) == 0xFF;
    }
    [[nodiscard]] std::pair<const char*, std::size_t> encoded() const noexcept {
        if (!is_heap()) return {bytes_, static_cast<std::uint8_t>(bytes_[N - 1])};
        char* data = nullptr;
        std::uint32_t size = 0;
        std::memcpy(&data, bytes_, sizeof data);
        std::memcpy(&size, bytes_ + sizeof data, sizeof size);
        return {data, size};
    }
    void set_heap(char* data, std::size_t size) noexcept {
        const auto size32 = static_cast<std::uint32_t>(size);
        std::memcpy(bytes_, &data, sizeof data);
        std::memcpy(bytes_ + sizeof data, &size32, sizeof size32);
        bytes_[N - 1] = static_cast<char>(0xFF);
    }
    void clear_inline() noexcept { bytes_[N - 1] = 0; }
    void release() noexcept {
        if (is_heap()) delete[] encoded().first;  // NOLINT(cppcoreguidelines-owning-memory)
        clear_inline();
    }
    void copy_from(const PackedText& other) {
        if (!other.is_heap()) {
            std::memcpy(bytes_, other.bytes_, N);
            return;
        }
        const auto [data, size] = other.encoded();
        char* copy = new char[size];  // NOLINT(cppcoreguidelines-owning-memory)
        std::memcpy(copy, data, size);
        set_heap(copy, size);
    }

    char bytes_[N]{};  // NOLINT(cppcoreguidelines-avoid-c-arrays)
};

}  // namespace hikari::cache_detail
