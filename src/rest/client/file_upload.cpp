#include <hikari/rest/file_upload.hpp>

namespace hikari {

FileUpload FileUpload::from_bytes(std::string filename, std::string bytes,
                                  std::string content_type) {
    if (filename.empty()) throw ValueError("an uploaded file needs a file name");
    FileUpload out;
    out.filename_ = std::move(filename);
    out.content_type_ = std::move(content_type);
    out.source_ = std::move(bytes);
    return out;
}

FileUpload FileUpload::from_path(const std::filesystem::path& path,
                                 std::optional<std::string> filename, std::string content_type) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        throw ValueError("cannot upload " + path.string() + ": not a readable regular file");
    }
    FileUpload out;
    out.filename_ = filename ? std::move(*filename) : path.filename().string();
    if (out.filename_.empty()) throw ValueError("an uploaded file needs a file name");
    out.content_type_ = std::move(content_type);
    out.source_ = path;
    return out;
}

}  // namespace hikari
