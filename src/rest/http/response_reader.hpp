#pragma once
// Parses an HTTP/1.1 response straight into a Response: Beast's basic_parser does the
// parsing (chunked, Content-Length, read-until-close, HEAD), and the callbacks below append
// each field and body piece to the Response, instead of building Beast's own message (an
// allocation per field) and copying it over.

#include "rest/http/http_message.hpp"

#include <boost/beast/http/basic_parser.hpp>

#include <cstddef>
#include <cstdint>

namespace hikari::rest::http {

/// Bytes kept allocated past the end of every body, so that JSON can be parsed in place
/// (hikari::json_padding).
inline constexpr std::size_t body_padding = 64;

class ResponseReader final : public boost::beast::http::basic_parser<false> {
  public:
    /// Fills `out`, which must outlive the reader. Bodies over `max_body` bytes are an
    /// error (boost::beast::http::error::body_limit).
    ResponseReader(Response& out, std::uint64_t max_body);

  private:
    using error_code = boost::system::error_code;
    using string_view = boost::beast::string_view;

    void on_request_impl(boost::beast::http::verb, string_view, string_view, int,
                         error_code&) override {}
    void on_response_impl(int code, string_view reason, int version, error_code& ec) override;
    void on_field_impl(boost::beast::http::field, string_view name, string_view value,
                       error_code& ec) override;
    void on_header_impl(error_code& ec) override;
    void on_body_init_impl(const boost::optional<std::uint64_t>& length, error_code& ec) override;
    std::size_t on_body_impl(string_view body, error_code& ec) override;
    void on_chunk_header_impl(std::uint64_t size, string_view extensions, error_code& ec) override;
    std::size_t on_chunk_body_impl(std::uint64_t remain, string_view body, error_code& ec) override;
    void on_finish_impl(error_code& ec) override;

    Response& out_;
};

}  // namespace hikari::rest::http
