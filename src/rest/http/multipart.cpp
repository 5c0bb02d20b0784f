#include "rest/http/multipart.hpp"

#include <hikari/core/errors_base.hpp>

#include <random>

namespace hikari::rest::http {

namespace {

void check_header_text(std::string_view what, std::string_view text) {
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F || c == '"' || c == '\\') {
            throw ValueError(std::string(what) + " \"" + std::string(text) +
                             "\" contains a quote, backslash or control character");
        }
    }
}

}  // namespace

std::string random_boundary() {
    static constexpr char hex[] = "0123456789abcdef";
    std::random_device device;
    std::string out = "hikari-";
    for (int i = 0; i < 32; ++i) out += hex[device() % 16];
    return out;
}

Body make_multipart(const std::vector<MultipartPart>& parts, const std::string& boundary) {
    Body body;
    body.content_type = "multipart/form-data; boundary=" + boundary;
    std::string pending;  // headers and separators gathered until the next file chunk
    for (const auto& part : parts) {
        if (part.name.empty()) throw ValueError("multipart field name must not be empty");
        check_header_text("multipart field name", part.name);
        pending +=
            "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name + "\"";
        if (part.filename) {
            if (part.filename->empty()) throw ValueError("file name must not be empty");
            check_header_text("file name", *part.filename);
            pending += "; filename=\"" + *part.filename + "\"";
        }
        pending += "\r\n";
        if (!part.content_type.empty()) {
            check_header_text("content type", part.content_type);
            pending += "Content-Type: " + part.content_type + "\r\n";
        }
        pending += "\r\n";
        if (const auto* bytes = std::get_if<std::string>(&part.content)) {
            pending += *bytes;
        } else {
            body.chunks.emplace_back(std::move(pending));
            pending.clear();
            body.chunks.emplace_back(std::get<FileChunk>(part.content));
        }
        pending += "\r\n";
    }
    pending += "--" + boundary + "--\r\n";
    body.chunks.emplace_back(std::move(pending));
    return body;
}

}  // namespace hikari::rest::http
