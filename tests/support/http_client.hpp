#pragma once
// A tiny blocking HTTP/1.1 client for tests: one keep-alive connection, reopened when the
// server closes it. Not for production use.

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace hikari::test {

struct HttpResponse {
    unsigned status = 0;
    std::map<std::string, std::string> headers;  // names lower-cased
    std::string body;

    [[nodiscard]] boost::json::value json() const { return boost::json::parse(body); }
    [[nodiscard]] std::optional<std::string> header(const std::string& name) const {
        auto it = headers.find(name);
        if (it == headers.end()) return std::nullopt;
        return it->second;
    }
};

using Headers = std::vector<std::pair<std::string, std::string>>;

class HttpClient {
  public:
    HttpClient(std::string host, std::uint16_t port) : host_(std::move(host)), port_(port) {}

    /// Sends one request; throws boost::system::system_error when the server is unreachable.
    HttpResponse request(const std::string& method, const std::string& target,
                         const std::string& body = {}, const Headers& headers = {}) {
        namespace http = boost::beast::http;
        for (int attempt = 0;; ++attempt) {
            try {
                ensure_connected();
                http::request<http::string_body> req{http::string_to_verb(method), target, 11};
                req.set(http::field::host, host_ + ":" + std::to_string(port_));
                req.set(http::field::user_agent, "DiscordBot (hikari-sandbox-tests, 1)");
                bool has_type = false;
                for (const auto& [name, value] : headers) {
                    req.set(name, value);
                    std::string lower = name;
                    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) {
                        return static_cast<char>(std::tolower(c));
                    });
                    has_type |= lower == "content-type";
                }
                if (!body.empty() && !has_type)
                    req.set(http::field::content_type, "application/json");
                req.body() = body;
                req.keep_alive(true);
                req.prepare_payload();
                stream_->expires_after(std::chrono::seconds(10));
                http::write(*stream_, req);
                http::response_parser<http::string_body> parser;
                parser.body_limit(64 * 1024 * 1024);
                http::read(*stream_, buffer_, parser);
                auto res = parser.release();
                HttpResponse out;
                out.status = res.result_int();
                for (const auto& field : res) {
                    std::string name(field.name_string());
                    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) {
                        return static_cast<char>(std::tolower(c));
                    });
                    out.headers[name] = std::string(field.value());
                }
                out.body = std::move(res.body());
                if (!res.keep_alive()) stream_.reset();
                return out;
            } catch (const boost::system::system_error&) {
                // A keep-alive connection the server already closed: retry once on a new one.
                stream_.reset();
                buffer_.clear();
                if (attempt >= 1) throw;
            }
        }
    }

    /// A request carrying "Authorization: Bot <token>".
    HttpResponse bot(const std::string& method, const std::string& target, const std::string& token,
                     const std::string& body = {}, Headers headers = {}) {
        headers.emplace_back("Authorization", "Bot " + token);
        return request(method, target, body, headers);
    }

  private:
    void ensure_connected() {
        if (stream_) return;
        boost::asio::ip::tcp::resolver resolver(io_);
        stream_.emplace(io_);
        stream_->expires_after(std::chrono::seconds(10));
        stream_->connect(resolver.resolve(host_, std::to_string(port_)));
    }

    std::string host_;
    std::uint16_t port_;
    boost::asio::io_context io_;
    std::optional<boost::beast::tcp_stream> stream_;
    boost::beast::flat_buffer buffer_;
};

}  // namespace hikari::test
