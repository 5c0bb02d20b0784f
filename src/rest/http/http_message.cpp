#include "rest/http/http_message.hpp"

#include "rest/http/ascii.hpp"

namespace hikari::rest::http {

std::uint64_t Body::size() const noexcept {
    std::uint64_t total = 0;
    for (const auto& chunk : chunks) {
        if (const auto* bytes = std::get_if<std::string>(&chunk)) {
            total += bytes->size();
        } else {
            total += std::get<FileChunk>(chunk).size;
        }
    }
    return total;
}

Body Body::of(std::string content_type, std::string data) {
    Body body;
    body.content_type = std::move(content_type);
    body.chunks.emplace_back(std::move(data));
    return body;
}

std::optional<std::string_view> Response::header(std::string_view name) const {
    return headers.find(name);
}

}  // namespace hikari::rest::http
