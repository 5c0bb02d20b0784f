#pragma once
// A file to attach to a message, from memory or from disk. Files on disk are streamed when
// the request is sent, never read whole into memory.

#include <hikari/core/errors_base.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <variant>

namespace hikari {

class FileUpload {
  public:
    /// Bytes held in memory, uploaded as `filename`.
    static FileUpload from_bytes(std::string filename, std::string bytes,
                                 std::string content_type = "application/octet-stream");
    /// A file on disk, uploaded under its own name unless `filename` is given. Throws
    /// ValueError if it is not a readable regular file.
    static FileUpload from_path(const std::filesystem::path& path,
                                std::optional<std::string> filename = std::nullopt,
                                std::string content_type = "application/octet-stream");

    /// Alt text shown for the attachment.
    FileUpload& description(std::string text) {
        description_ = std::move(text);
        return *this;
    }

    [[nodiscard]] const std::string& filename() const noexcept { return filename_; }
    [[nodiscard]] const std::string& content_type() const noexcept { return content_type_; }
    [[nodiscard]] const std::optional<std::string>& description() const noexcept {
        return description_;
    }
    [[nodiscard]] const std::variant<std::string, std::filesystem::path>& source() const noexcept {
        return source_;
    }

  private:
    FileUpload() = default;
    std::string filename_;
    std::string content_type_;
    std::optional<std::string> description_;
    std::variant<std::string, std::filesystem::path> source_;
};

}  // namespace hikari
