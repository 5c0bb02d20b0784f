#include "control_client.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <stdexcept>

namespace hikari::demo {

namespace {

std::string exchange(std::uint16_t port, boost::beast::http::verb verb, const std::string& target,
                     const std::string& body) {
    namespace beast = boost::beast;
    namespace http = beast::http;
    boost::asio::io_context io;
    beast::tcp_stream stream{io};
    boost::asio::ip::tcp::resolver resolver{io};
    stream.connect(resolver.resolve("127.0.0.1", std::to_string(port)));
    http::request<http::string_body> req{verb, target, 11};
    req.set(http::field::host, "127.0.0.1");
    if (verb == http::verb::post) {
        req.set(http::field::content_type, "application/json");
        req.body() = body;
    }
    req.prepare_payload();
    http::write(stream, req);
    beast::flat_buffer buffer;
    http::response<http::string_body> res;
    http::read(stream, buffer, res);
    if (res.result_int() >= 300) {
        throw std::runtime_error("control API " + target + " answered " +
                                 std::to_string(res.result_int()) + ": " + res.body());
    }
    return res.body();
}

}  // namespace

std::string post_json(std::uint16_t port, const std::string& target, const std::string& body) {
    return exchange(port, boost::beast::http::verb::post, target, body);
}

std::string get_json(std::uint16_t port, const std::string& target) {
    return exchange(port, boost::beast::http::verb::get, target, {});
}

}  // namespace hikari::demo
