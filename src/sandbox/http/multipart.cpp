#include "sandbox/http/multipart.hpp"

#include <hikari/core/errors_base.hpp>

#include <algorithm>
#include <cctype>

namespace hikari::sandbox {

namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

/// The value of `key=` in a header like `form-data; name="x"; filename="y"`.
std::optional<std::string> parameter(std::string_view header, std::string_view key) {
    std::size_t pos = 0;
    while (pos < header.size()) {
        std::size_t semi = header.find(';', pos);
        std::string_view item = trim(header.substr(pos, semi - pos));
        pos = semi == std::string_view::npos ? header.size() : semi + 1;
        const std::size_t eq = item.find('=');
        if (eq == std::string_view::npos || lower(trim(item.substr(0, eq))) != key) continue;
        std::string_view value = trim(item.substr(eq + 1));
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
            value = value.substr(1, value.size() - 2);
        }
        return std::string(value);
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::string> multipart_boundary(std::string_view content_type) {
    const std::string type = lower(trim(content_type.substr(0, content_type.find(';'))));
    if (type != "multipart/form-data") return std::nullopt;
    auto boundary = parameter(content_type, "boundary");
    if (!boundary || boundary->empty() || boundary->size() > 70) {
        throw ParseError("multipart/form-data without a valid boundary");
    }
    return boundary;
}

std::vector<MultipartPart> parse_multipart(std::string_view body, std::string_view boundary) {
    const std::string delimiter = "--" + std::string(boundary);
    std::vector<MultipartPart> parts;
    std::size_t pos = body.find(delimiter);
    if (pos == std::string_view::npos) throw ParseError("multipart body has no boundary line");
    pos += delimiter.size();
    while (true) {
        if (body.substr(pos, 2) == "--") return parts;  // closing delimiter
        if (body.substr(pos, 2) != "\r\n")
            throw ParseError("multipart boundary not followed by CRLF");
        pos += 2;
        const std::size_t header_end = body.find("\r\n\r\n", pos);
        if (header_end == std::string_view::npos)
            throw ParseError("multipart part without headers end");
        MultipartPart part;
        std::string_view headers = body.substr(pos, header_end - pos);
        while (!headers.empty()) {
            const std::size_t eol = headers.find("\r\n");
            std::string_view line = headers.substr(0, eol);
            headers = eol == std::string_view::npos ? std::string_view{} : headers.substr(eol + 2);
            const std::size_t colon = line.find(':');
            if (colon == std::string_view::npos)
                throw ParseError("malformed multipart header line");
            const std::string name = lower(trim(line.substr(0, colon)));
            const std::string_view value = trim(line.substr(colon + 1));
            if (name == "content-disposition") {
                if (lower(trim(value.substr(0, value.find(';')))) != "form-data") {
                    throw ParseError("multipart part is not form-data");
                }
                part.name = parameter(value, "name").value_or("");
                part.filename = parameter(value, "filename").value_or("");
            } else if (name == "content-type") {
                part.content_type = std::string(value);
            }
        }
        if (part.name.empty()) throw ParseError("multipart part without a name");
        const std::size_t data_start = header_end + 4;
        const std::size_t next = body.find("\r\n" + delimiter, data_start);
        if (next == std::string_view::npos) throw ParseError("multipart part is not terminated");
        part.data = std::string(body.substr(data_start, next - data_start));
        parts.push_back(std::move(part));
        pos = next + 2 + delimiter.size();
    }
}

}  // namespace hikari::sandbox
