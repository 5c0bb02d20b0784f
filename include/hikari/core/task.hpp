#pragma once
// hikari's coroutine type. Everything asynchronous in hikari is a Boost.Asio awaitable, so
// user code composes with any Asio code; this header keeps the name short and the include
// light (only the awaitable type, not the whole of Asio).

#include <boost/asio/awaitable.hpp>

namespace hikari {

template <class T = void>
using Task = boost::asio::awaitable<T>;

}  // namespace hikari
