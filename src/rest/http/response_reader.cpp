#include "rest/http/response_reader.hpp"

#include <boost/beast/http/error.hpp>

namespace hikari::rest::http {

namespace {

/// Expected body size below which the body is reserved in one go; above it, a bogus
/// Content-Length cannot make the client allocate before the bytes arrive.
constexpr std::uint64_t reserve_up_to = std::uint64_t{1024} * 1024;

}  // namespace

ResponseReader::ResponseReader(Response& out, std::uint64_t max_body) : out_(out) {
    body_limit(max_body);
    out_.headers.reserve(512);  // bytes: Discord's dozen or more fields mostly fit
}

void ResponseReader::on_response_impl(int code, string_view, int, error_code&) {
    out_.status = static_cast<unsigned>(code);
}

void ResponseReader::on_field_impl(boost::beast::http::field, string_view name, string_view value,
                                   error_code&) {
    out_.headers.add(std::string_view(name.data(), name.size()),
                     std::string_view(value.data(), value.size()));
}

void ResponseReader::on_header_impl(error_code&) {}

void ResponseReader::on_body_init_impl(const boost::optional<std::uint64_t>& length, error_code&) {
    if (length && *length <= reserve_up_to) {
        out_.body.reserve(static_cast<std::size_t>(*length) + body_padding);
    }
}

std::size_t ResponseReader::on_body_impl(string_view body, error_code&) {
    out_.body.append(body.data(), body.size());
    return body.size();
}

void ResponseReader::on_chunk_header_impl(std::uint64_t, string_view, error_code&) {}

std::size_t ResponseReader::on_chunk_body_impl(std::uint64_t, string_view body, error_code&) {
    out_.body.append(body.data(), body.size());
    return body.size();
}

void ResponseReader::on_finish_impl(error_code&) {
    if (out_.body.capacity() - out_.body.size() < body_padding) {
        out_.body.reserve(out_.body.size() + body_padding);
    }
}

}  // namespace hikari::rest::http
