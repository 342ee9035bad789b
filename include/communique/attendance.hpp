// SPDX-License-Identifier: BSL-1.0
// How an event or a session was attended: schema.org's eventAttendanceMode.
#pragma once

#include <boost/describe/enum.hpp>

namespace communique {

enum class AttendanceMode { in_person = 1, online, hybrid };
BOOST_DESCRIBE_ENUM(AttendanceMode, in_person, online, hybrid)

} // namespace communique
