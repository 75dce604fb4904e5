/**
 * The bureau's HTTP surfaces: logins on /engine-rest, /api and /actuator, the guards on the engine's REST API
 * (forms, boundaries, technical clients), and its error answers without internals.
 */
package cn.gov.oneseal.web;
