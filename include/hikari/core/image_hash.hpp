#pragma once
// The hash naming an image on Discord's CDN: avatars, banners, icons, splashes, covers.

#include <array>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>

namespace hikari {

/// Discord sends image hashes as 32 lower-case hex digits, prefixed "a_" when the image is
/// animated. An ImageHash keeps those as their 16 bytes: reading one allocates nothing and
/// it takes 24 bytes where a std::string takes 32 plus a heap block. A value of any other
/// form (none has been seen from Discord, but another server or a newer API may send one)
/// is kept verbatim on the heap, so it is written back exactly as it came.
///
/// It converts from text implicitly and compares with text, so `user.avatar == "a_12ab..."`
/// and `cdn.user_avatar(id, *user.avatar)` read naturally.
class ImageHash {
  public:
    using Digest = std::array<std::uint8_t, 16>;
    /// The longest text of the hex form: "a_" and 32 digits.
    static constexpr std::size_t hex_text_size = 34;

    ImageHash() noexcept : text_{} {}  // the empty text
    ImageHash(std::string_view text);  // NOLINT(google-explicit-constructor)
    ImageHash(const char* text)        // NOLINT(google-explicit-constructor)
        : ImageHash(std::string_view{text}) {}
    ImageHash(const std::string& text)  // NOLINT(google-explicit-constructor)
        : ImageHash(std::string_view{text}) {}
    /// The hash whose hex digits spell `digest`.
    static ImageHash from_digest(const Digest& digest, bool animated) noexcept;

    ImageHash(const ImageHash& other);
    // Moves and the destructor are inline: a vector of members moves and destroys them by
    // the thousand while it grows.
    ImageHash(ImageHash&& other) noexcept : text_{} { take(other); }
    ImageHash& operator=(const ImageHash& other);
    ImageHash& operator=(ImageHash&& other) noexcept {
        if (this != &other) {
            release();
            take(other);
        }
        return *this;
    }
    ~ImageHash() { release(); }

    /// "a_"-prefixed: the CDN serves the image as a GIF (or animated WebP) too.
    [[nodiscard]] bool is_animated() const noexcept;
    /// The 16 bytes behind the hex digits; nullptr when the hash has another form.
    [[nodiscard]] const Digest* digest() const noexcept {
        return form_ == Form::text ? nullptr : &digest_;
    }
    /// Length of the text form.
    [[nodiscard]] std::size_t size() const noexcept;
    [[nodiscard]] bool empty() const noexcept { return size() == 0; }
    /// Writes the text form to `out`, which must have room for size() characters;
    /// returns the end of what was written.
    char* copy_to(char* out) const noexcept;
    void append_to(std::string& out) const;
    [[nodiscard]] std::string to_string() const;

    friend bool operator==(const ImageHash& a, const ImageHash& b) noexcept;
    friend bool operator==(const ImageHash& a, std::string_view b) noexcept;
    friend bool operator==(const ImageHash& a, const char* b) noexcept {
        return a == std::string_view{b};
    }
    friend bool operator==(const ImageHash& a, const std::string& b) noexcept {
        return a == std::string_view{b};
    }
    friend std::ostream& operator<<(std::ostream& out, const ImageHash& hash);

  private:
    enum class Form : std::uint8_t { text, hex, animated_hex };
    struct Text {
        char* data;
        std::uint32_t size;
    };

    // Moves other's value here; other becomes the empty text.
    void take(ImageHash& other) noexcept {
        form_ = other.form_;
        if (form_ == Form::text) {
            text_ = other.text_;
        } else {
            digest_ = other.digest_;
        }
        other.form_ = Form::text;
        other.text_ = Text{nullptr, 0};
    }
    void release() noexcept {
        // The analyzer does not follow which member of the union is active and reports a
        // double free through a copied digest; the tests run this under AddressSanitizer.
        if (form_ == Form::text) delete[] text_.data;  // NOLINT(clang-analyzer-cplusplus.NewDelete)
    }
    [[nodiscard]] std::string_view text() const noexcept { return {text_.data, text_.size}; }

    union {
        Digest digest_;
        Text text_;
    };
    Form form_ = Form::text;
};

}  // namespace hikari
