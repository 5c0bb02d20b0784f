#pragma once
// One HTTP exchange as the transport sees it: a request whose body is a list of chunks (bytes
// in memory or a slice of a file, streamed when sent) and a fully read response.

// config.hpp before anything that includes undefined.hpp: its CacheComponents::none trips
// -Wshadow when hikari::none is already declared.
#include <hikari/core/config.hpp>
#include <hikari/core/errors.hpp>

#include "rest/http/response_headers.hpp"

#include <boost/asio/any_io_executor.hpp>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace hikari::rest::http {

/// A file streamed in pieces when the request is written; never read whole into memory.
struct FileChunk {
    std::filesystem::path path;
    std::uint64_t size = 0;
    /// Where the file is opened and read; nullopt: on the connection's own thread.
    std::optional<boost::asio::any_io_executor> reader = std::nullopt;
};

using BodyChunk = std::variant<std::string, FileChunk>;

struct Body {
    std::string content_type;
    std::vector<BodyChunk> chunks;

    [[nodiscard]] bool empty() const noexcept { return chunks.empty(); }
    [[nodiscard]] std::uint64_t size() const noexcept;
    /// A body made of one in-memory buffer.
    [[nodiscard]] static Body of(std::string content_type, std::string data);
};

struct Request {
    std::string method = "GET";
    /// Absolute URL: "https://discord.com/api/v10/users/@me?x=1".
    std::string url;
    HTTPHeaders headers;
    Body body;
    /// Header lines written ahead of time ("Name: value\r\n" each), sent after `headers` and
    /// trusted as they are: RESTClient's User-Agent and Authorization, the same on every
    /// request. The text must outlive the request.
    std::string_view preset_head;
    /// What replaces preset_head when a redirect leads to another origin: the same lines
    /// without credentials.
    std::string_view preset_head_public;
};

struct Response {
    unsigned status = 0;
    /// Header names lower-cased, in the order received.
    ResponseHeaders headers;
    std::string body;
    /// The URL that produced this response when a redirect was followed; empty otherwise.
    std::string url;

    /// First value of a header, name matched case-insensitively.
    [[nodiscard]] std::optional<std::string_view> header(std::string_view name) const;
};

}  // namespace hikari::rest::http
