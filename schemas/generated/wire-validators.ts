/* eslint-disable */
// @ts-nocheck
/**
 * GENERATED from schemas/common.schema.json, schemas/access-group.schema.json, schemas/access-policy.schema.json, schemas/mcp-server.schema.json, schemas/mcp-portal.schema.json, schemas/manifest.schema.json, schemas/wire/envelope.schema.json, schemas/wire/mcp-server.schema.json, schemas/wire/mcp-portal.schema.json, schemas/wire/access-policy.schema.json, schemas/wire/access-app.schema.json, schemas/wire/service-token.schema.json, schemas/wire/access-group.schema.json, schemas/wire/access-tag.schema.json, schemas/wire/dns-record.schema.json, schemas/wire/identity-provider.schema.json, schemas/wire/request-log.schema.json, schemas/formats.ts
 * (sources sha256 429b4d63b80d57b0; ajv 8.20.0 standalone). DO NOT EDIT: run `npm run gen`.
 * Precompiled validators for every wire definition, keyed by schema reference.
 */
import type { PrecompiledValidator } from './validators.js';
import { ALL_FORMATS as __formats } from '../formats.js';
import * as __ajv from '../ajv-runtime.js';

const v0 = validate33;
const schema9 = {"type":"object","required":["code","message"],"properties":{"code":{"type":"integer","minimum":1000},"message":{"type":"string"},"documentation_url":{"type":"string"},"path":{"type":"array","items":{"type":["string","integer"]}},"source":{"type":"object","properties":{"pointer":{"type":"string"}}}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema9.required,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.message === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema9.required,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.code !== undefined){
let data0 = data.code;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema9.properties.code.type,parentSchema:schema9.properties.code,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1000 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000",schema:1000,parentSchema:schema9.properties.code,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.message.type,parentSchema:schema9.properties.message,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.documentation_url !== undefined){
let data2 = data.documentation_url;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/documentation_url",schemaPath:"#/properties/documentation_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.documentation_url.type,parentSchema:schema9.properties.documentation_url,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.path !== undefined){
let data3 = data.path;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if((typeof data4 !== "string") && (!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4))))){
const err6 = {instancePath:instancePath+"/path/" + i0,schemaPath:"#/properties/path/items/type",keyword:"type",params:{type: schema9.properties.path.items.type},message:"must be string,integer",schema:schema9.properties.path.items.type,parentSchema:schema9.properties.path.items,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.path.type,parentSchema:schema9.properties.path,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.source !== undefined){
let data5 = data.source;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.pointer !== undefined){
let data6 = data5.pointer;
if(typeof data6 !== "string"){
const err8 = {instancePath:instancePath+"/source/pointer",schemaPath:"#/properties/source/properties/pointer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.source.properties.pointer.type,parentSchema:schema9.properties.source.properties.pointer,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.source.type,parentSchema:schema9.properties.source,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.type,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}

const v1 = validate34;
const schema10 = {"type":"object","required":["page","per_page","count","total_count","total_pages"],"properties":{"page":{"type":"integer"},"per_page":{"type":"integer"},"count":{"type":"integer"},"total_count":{"type":"integer"},"total_pages":{"type":"integer"}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.page === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "page"},message:"must have required property '"+"page"+"'",schema:schema10.required,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.per_page === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "per_page"},message:"must have required property '"+"per_page"+"'",schema:schema10.required,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.count === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'",schema:schema10.required,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.total_count === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "total_count"},message:"must have required property '"+"total_count"+"'",schema:schema10.required,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.total_pages === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "total_pages"},message:"must have required property '"+"total_pages"+"'",schema:schema10.required,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.page !== undefined){
let data0 = data.page;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err5 = {instancePath:instancePath+"/page",schemaPath:"#/properties/page/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema10.properties.page.type,parentSchema:schema10.properties.page,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.per_page !== undefined){
let data1 = data.per_page;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/per_page",schemaPath:"#/properties/per_page/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema10.properties.per_page.type,parentSchema:schema10.properties.per_page,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.count !== undefined){
let data2 = data.count;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema10.properties.count.type,parentSchema:schema10.properties.count,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.total_count !== undefined){
let data3 = data.total_count;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err8 = {instancePath:instancePath+"/total_count",schemaPath:"#/properties/total_count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema10.properties.total_count.type,parentSchema:schema10.properties.total_count,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.total_pages !== undefined){
let data4 = data.total_pages;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err9 = {instancePath:instancePath+"/total_pages",schemaPath:"#/properties/total_pages/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema10.properties.total_pages.type,parentSchema:schema10.properties.total_pages,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.type,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}

const v2 = validate35;
const schema8 = {"type":"object","required":["success","errors","messages","result"],"properties":{"success":{"const":true},"errors":{"type":"array","maxItems":0},"messages":{"type":"array","items":{"$ref":"#/definitions/Message"}},"result":{},"result_info":{"$ref":"#/definitions/ResultInfo"}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema9.required,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.message === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema9.required,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.code !== undefined){
let data0 = data.code;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema9.properties.code.type,parentSchema:schema9.properties.code,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1000 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000",schema:1000,parentSchema:schema9.properties.code,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.message.type,parentSchema:schema9.properties.message,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.documentation_url !== undefined){
let data2 = data.documentation_url;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/documentation_url",schemaPath:"#/properties/documentation_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.documentation_url.type,parentSchema:schema9.properties.documentation_url,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.path !== undefined){
let data3 = data.path;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if((typeof data4 !== "string") && (!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4))))){
const err6 = {instancePath:instancePath+"/path/" + i0,schemaPath:"#/properties/path/items/type",keyword:"type",params:{type: schema9.properties.path.items.type},message:"must be string,integer",schema:schema9.properties.path.items.type,parentSchema:schema9.properties.path.items,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.path.type,parentSchema:schema9.properties.path,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.source !== undefined){
let data5 = data.source;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.pointer !== undefined){
let data6 = data5.pointer;
if(typeof data6 !== "string"){
const err8 = {instancePath:instancePath+"/source/pointer",schemaPath:"#/properties/source/properties/pointer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.source.properties.pointer.type,parentSchema:schema9.properties.source.properties.pointer,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.source.type,parentSchema:schema9.properties.source,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.type,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.page === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "page"},message:"must have required property '"+"page"+"'",schema:schema10.required,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.per_page === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "per_page"},message:"must have required property '"+"per_page"+"'",schema:schema10.required,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.count === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'",schema:schema10.required,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.total_count === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "total_count"},message:"must have required property '"+"total_count"+"'",schema:schema10.required,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.total_pages === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "total_pages"},message:"must have required property '"+"total_pages"+"'",schema:schema10.required,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.page !== undefined){
let data0 = data.page;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err5 = {instancePath:instancePath+"/page",schemaPath:"#/properties/page/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema10.properties.page.type,parentSchema:schema10.properties.page,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.per_page !== undefined){
let data1 = data.per_page;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/per_page",schemaPath:"#/properties/per_page/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema10.properties.per_page.type,parentSchema:schema10.properties.per_page,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.count !== undefined){
let data2 = data.count;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema10.properties.count.type,parentSchema:schema10.properties.count,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.total_count !== undefined){
let data3 = data.total_count;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err8 = {instancePath:instancePath+"/total_count",schemaPath:"#/properties/total_count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema10.properties.total_count.type,parentSchema:schema10.properties.total_count,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.total_pages !== undefined){
let data4 = data.total_pages;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err9 = {instancePath:instancePath+"/total_pages",schemaPath:"#/properties/total_pages/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema10.properties.total_pages.type,parentSchema:schema10.properties.total_pages,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.type,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}


function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "success"},message:"must have required property '"+"success"+"'",schema:schema8.required,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'",schema:schema8.required,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.messages === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "messages"},message:"must have required property '"+"messages"+"'",schema:schema8.required,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.result === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'",schema:schema8.required,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.success !== undefined){
let data0 = data.success;
if(true !== data0){
const err4 = {instancePath:instancePath+"/success",schemaPath:"#/properties/success/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema8.properties.success,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.errors !== undefined){
let data1 = data.errors;
if(Array.isArray(data1)){
if(data1.length > 0){
const err5 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/maxItems",keyword:"maxItems",params:{limit: 0},message:"must NOT have more than 0 items",schema:0,parentSchema:schema8.properties.errors,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.properties.errors.type,parentSchema:schema8.properties.errors,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.messages !== undefined){
let data2 = data.messages;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate24(data2[i0], {instancePath:instancePath+"/messages/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.properties.messages.type,parentSchema:schema8.properties.messages,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.result_info !== undefined){
if(!(validate26(data.result_info, {instancePath:instancePath+"/result_info",parentData:data,parentDataProperty:"result_info",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.type,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}

const v3 = validate38;
const schema11 = {"type":"object","required":["success","errors","messages","result"],"properties":{"success":{"const":false},"errors":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/Message"}},"messages":{"type":"array","items":{"$ref":"#/definitions/Message"}},"result":{"type":["null","object"]}}};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "success"},message:"must have required property '"+"success"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.messages === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "messages"},message:"must have required property '"+"messages"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.result === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.success !== undefined){
let data0 = data.success;
if(false !== data0){
const err4 = {instancePath:instancePath+"/success",schemaPath:"#/properties/success/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant",schema:false,parentSchema:schema11.properties.success,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.errors !== undefined){
let data1 = data.errors;
if(Array.isArray(data1)){
if(data1.length < 1){
const err5 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.errors,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate24(data1[i0], {instancePath:instancePath+"/errors/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.errors.type,parentSchema:schema11.properties.errors,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.messages !== undefined){
let data3 = data.messages;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(!(validate24(data3[i1], {instancePath:instancePath+"/messages/" + i1,parentData:data3,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.messages.type,parentSchema:schema11.properties.messages,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.result !== undefined){
let data5 = data.result;
if((data5 !== null) && (!(data5 && typeof data5 == "object" && !Array.isArray(data5)))){
const err8 = {instancePath:instancePath+"/result",schemaPath:"#/properties/result/type",keyword:"type",params:{type: schema11.properties.result.type},message:"must be null,object",schema:schema11.properties.result.type,parentSchema:schema11.properties.result,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}

const v4 = validate41;
const schema16 = {"type":"object","additionalProperties":true,"properties":{"page":{"type":"integer","minimum":1},"per_page":{"type":"integer","minimum":1,"maximum":100},"search":{"type":"string","maxLength":200}}};
const func2 = __ajv.ucs2length;

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.page !== undefined){
let data0 = data.page;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/page",schemaPath:"#/properties/page/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema16.properties.page.type,parentSchema:schema16.properties.page,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/page",schemaPath:"#/properties/page/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema16.properties.page,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
if(data.per_page !== undefined){
let data1 = data.per_page;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/per_page",schemaPath:"#/properties/per_page/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema16.properties.per_page.type,parentSchema:schema16.properties.per_page,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 100 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/per_page",schemaPath:"#/properties/per_page/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema16.properties.per_page,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/per_page",schemaPath:"#/properties/per_page/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema16.properties.per_page,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.search !== undefined){
let data2 = data.search;
if(typeof data2 === "string"){
if(func2(data2) > 200){
const err5 = {instancePath:instancePath+"/search",schemaPath:"#/properties/search/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema16.properties.search,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/search",schemaPath:"#/properties/search/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.search.type,parentSchema:schema16.properties.search,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}

const v5 = validate43;
const schema18 = {"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1},"alias":{"type":"string","minLength":1,"maxLength":40,"pattern":"^[a-zA-Z0-9]+([_-][a-zA-Z0-9]+)*$"},"description":{"type":"string"},"enabled":{"type":"boolean"}}};
const pattern0 = new RegExp("^[a-zA-Z0-9]+([_-][a-zA-Z0-9]+)*$", "u");

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema18.required,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "alias")) || (key0 === "description")) || (key0 === "enabled"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.name.type,parentSchema:schema18.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.alias !== undefined){
let data1 = data.alias;
if(typeof data1 === "string"){
if(func2(data1) > 40){
const err4 = {instancePath:instancePath+"/alias",schemaPath:"#/properties/alias/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema18.properties.alias,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/alias",schemaPath:"#/properties/alias/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18.properties.alias,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern0.test(data1)){
const err6 = {instancePath:instancePath+"/alias",schemaPath:"#/properties/alias/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9]+([_-][a-zA-Z0-9]+)*$"},message:"must match pattern \""+"^[a-zA-Z0-9]+([_-][a-zA-Z0-9]+)*$"+"\"",schema:"^[a-zA-Z0-9]+([_-][a-zA-Z0-9]+)*$",parentSchema:schema18.properties.alias,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/alias",schemaPath:"#/properties/alias/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.alias.type,parentSchema:schema18.properties.alias,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.description.type,parentSchema:schema18.properties.description,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.enabled !== undefined){
let data3 = data.enabled;
if(typeof data3 !== "boolean"){
const err9 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.properties.enabled.type,parentSchema:schema18.properties.enabled,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}

const v6 = validate44;
const schema19 = {"type":"object","additionalProperties":false,"required":["id","name","hostname","auth_type"],"properties":{"name":{"type":"string","minLength":1,"maxLength":350},"description":{"type":["string","null"],"maxLength":512},"auth_credentials":{"type":"string","minLength":1,"description":"Write-only secret: a bearer token, or a JSON string {\"headers\":{...}}, or (oauth) a manual client configuration."},"client_secret":{"type":"string","minLength":1,"description":"Write-only OAuth client secret."},"is_shared_oauth_callback_enabled":{"type":"boolean"},"secure_web_gateway":{"type":"boolean"},"updated_tools":{"type":"array","items":{"$ref":"#/definitions/CapabilityOverride"}},"updated_prompts":{"type":"array","items":{"$ref":"#/definitions/CapabilityOverride"}},"id":{"type":"string","minLength":1,"maxLength":32,"pattern":"^[A-Za-z0-9-]+$","description":"Caller-chosen id; no underscore (tools are namespaced {server_id}_{name})."},"hostname":{"type":"string","format":"uri","pattern":"^https?://","description":"The full upstream MCP URL. Create-only."},"auth_type":{"type":"string","enum":["oauth","bearer","unauthenticated"],"description":"Create-only."}}};
const func7 = Object.prototype.hasOwnProperty;
const pattern1 = new RegExp("^[A-Za-z0-9-]+$", "u");
const pattern2 = new RegExp("^https?://", "u");
const formats0 = __formats.uri;

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.hostname === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hostname"},message:"must have required property '"+"hostname"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.auth_type === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "auth_type"},message:"must have required property '"+"auth_type"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func7.call(schema19.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 350){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 350},message:"must NOT have more than 350 characters",schema:350,parentSchema:schema19.properties.name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data0) < 1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.name,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.name.type,parentSchema:schema19.properties.name,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if((typeof data1 !== "string") && (data1 !== null)){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema19.properties.description.type},message:"must be string,null",schema:schema19.properties.description.type,parentSchema:schema19.properties.description,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data1 === "string"){
if(func2(data1) > 512){
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema19.properties.description,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.auth_credentials !== undefined){
let data2 = data.auth_credentials;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err10 = {instancePath:instancePath+"/auth_credentials",schemaPath:"#/properties/auth_credentials/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.auth_credentials,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/auth_credentials",schemaPath:"#/properties/auth_credentials/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.auth_credentials.type,parentSchema:schema19.properties.auth_credentials,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.client_secret !== undefined){
let data3 = data.client_secret;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err12 = {instancePath:instancePath+"/client_secret",schemaPath:"#/properties/client_secret/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.client_secret,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/client_secret",schemaPath:"#/properties/client_secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.client_secret.type,parentSchema:schema19.properties.client_secret,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.is_shared_oauth_callback_enabled !== undefined){
let data4 = data.is_shared_oauth_callback_enabled;
if(typeof data4 !== "boolean"){
const err14 = {instancePath:instancePath+"/is_shared_oauth_callback_enabled",schemaPath:"#/properties/is_shared_oauth_callback_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema19.properties.is_shared_oauth_callback_enabled.type,parentSchema:schema19.properties.is_shared_oauth_callback_enabled,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.secure_web_gateway !== undefined){
let data5 = data.secure_web_gateway;
if(typeof data5 !== "boolean"){
const err15 = {instancePath:instancePath+"/secure_web_gateway",schemaPath:"#/properties/secure_web_gateway/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema19.properties.secure_web_gateway.type,parentSchema:schema19.properties.secure_web_gateway,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.updated_tools !== undefined){
let data6 = data.updated_tools;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate43(data6[i0], {instancePath:instancePath+"/updated_tools/" + i0,parentData:data6,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/updated_tools",schemaPath:"#/properties/updated_tools/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.updated_tools.type,parentSchema:schema19.properties.updated_tools,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.updated_prompts !== undefined){
let data8 = data.updated_prompts;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(!(validate43(data8[i1], {instancePath:instancePath+"/updated_prompts/" + i1,parentData:data8,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/updated_prompts",schemaPath:"#/properties/updated_prompts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.updated_prompts.type,parentSchema:schema19.properties.updated_prompts,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.id !== undefined){
let data10 = data.id;
if(typeof data10 === "string"){
if(func2(data10) > 32){
const err18 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters",schema:32,parentSchema:schema19.properties.id,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func2(data10) < 1){
const err19 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.id,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern1.test(data10)){
const err20 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-]+$"},message:"must match pattern \""+"^[A-Za-z0-9-]+$"+"\"",schema:"^[A-Za-z0-9-]+$",parentSchema:schema19.properties.id,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.id.type,parentSchema:schema19.properties.id,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.hostname !== undefined){
let data11 = data.hostname;
if(typeof data11 === "string"){
if(!pattern2.test(data11)){
const err22 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema19.properties.hostname,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(formats0(data11))){
const err23 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema19.properties.hostname,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.hostname.type,parentSchema:schema19.properties.hostname,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.auth_type !== undefined){
let data12 = data.auth_type;
if(typeof data12 !== "string"){
const err25 = {instancePath:instancePath+"/auth_type",schemaPath:"#/properties/auth_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.auth_type.type,parentSchema:schema19.properties.auth_type,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!(((data12 === "oauth") || (data12 === "bearer")) || (data12 === "unauthenticated"))){
const err26 = {instancePath:instancePath+"/auth_type",schemaPath:"#/properties/auth_type/enum",keyword:"enum",params:{allowedValues: schema19.properties.auth_type.enum},message:"must be equal to one of the allowed values",schema:schema19.properties.auth_type.enum,parentSchema:schema19.properties.auth_type,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}

const v7 = validate47;
const schema20 = {"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"maxLength":350},"description":{"type":["string","null"],"maxLength":512},"auth_credentials":{"type":"string","minLength":1,"description":"Write-only secret: a bearer token, or a JSON string {\"headers\":{...}}, or (oauth) a manual client configuration."},"client_secret":{"type":"string","minLength":1,"description":"Write-only OAuth client secret."},"is_shared_oauth_callback_enabled":{"type":"boolean"},"secure_web_gateway":{"type":"boolean"},"updated_tools":{"type":"array","items":{"$ref":"#/definitions/CapabilityOverride"}},"updated_prompts":{"type":"array","items":{"$ref":"#/definitions/CapabilityOverride"}}},"description":"PUT body; partial update. Omitted fields keep their values; null clears description."};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "name") || (key0 === "description")) || (key0 === "auth_credentials")) || (key0 === "client_secret")) || (key0 === "is_shared_oauth_callback_enabled")) || (key0 === "secure_web_gateway")) || (key0 === "updated_tools")) || (key0 === "updated_prompts"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 350){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 350},message:"must NOT have more than 350 characters",schema:350,parentSchema:schema20.properties.name,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func2(data0) < 1){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.name.type,parentSchema:schema20.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema20.properties.description.type},message:"must be string,null",schema:schema20.properties.description.type,parentSchema:schema20.properties.description,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data1 === "string"){
if(func2(data1) > 512){
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema20.properties.description,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.auth_credentials !== undefined){
let data2 = data.auth_credentials;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err6 = {instancePath:instancePath+"/auth_credentials",schemaPath:"#/properties/auth_credentials/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.auth_credentials,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/auth_credentials",schemaPath:"#/properties/auth_credentials/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.auth_credentials.type,parentSchema:schema20.properties.auth_credentials,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.client_secret !== undefined){
let data3 = data.client_secret;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err8 = {instancePath:instancePath+"/client_secret",schemaPath:"#/properties/client_secret/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.client_secret,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/client_secret",schemaPath:"#/properties/client_secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.client_secret.type,parentSchema:schema20.properties.client_secret,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.is_shared_oauth_callback_enabled !== undefined){
let data4 = data.is_shared_oauth_callback_enabled;
if(typeof data4 !== "boolean"){
const err10 = {instancePath:instancePath+"/is_shared_oauth_callback_enabled",schemaPath:"#/properties/is_shared_oauth_callback_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.is_shared_oauth_callback_enabled.type,parentSchema:schema20.properties.is_shared_oauth_callback_enabled,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.secure_web_gateway !== undefined){
let data5 = data.secure_web_gateway;
if(typeof data5 !== "boolean"){
const err11 = {instancePath:instancePath+"/secure_web_gateway",schemaPath:"#/properties/secure_web_gateway/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.secure_web_gateway.type,parentSchema:schema20.properties.secure_web_gateway,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.updated_tools !== undefined){
let data6 = data.updated_tools;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate43(data6[i0], {instancePath:instancePath+"/updated_tools/" + i0,parentData:data6,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/updated_tools",schemaPath:"#/properties/updated_tools/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema20.properties.updated_tools.type,parentSchema:schema20.properties.updated_tools,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.updated_prompts !== undefined){
let data8 = data.updated_prompts;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(!(validate43(data8[i1], {instancePath:instancePath+"/updated_prompts/" + i1,parentData:data8,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/updated_prompts",schemaPath:"#/properties/updated_prompts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema20.properties.updated_prompts.type,parentSchema:schema20.properties.updated_prompts,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}

const v8 = validate50;
const schema21 = {"type":"object","additionalProperties":false,"required":["cause","is_upstream","retryable"],"properties":{"cause":{"type":"string"},"is_upstream":{"type":"boolean"},"mcp_code":{"type":"integer"},"retryable":{"type":"boolean"},"status_code":{"type":"integer"}}};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cause === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cause"},message:"must have required property '"+"cause"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.is_upstream === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "is_upstream"},message:"must have required property '"+"is_upstream"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.retryable === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retryable"},message:"must have required property '"+"retryable"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "cause") || (key0 === "is_upstream")) || (key0 === "mcp_code")) || (key0 === "retryable")) || (key0 === "status_code"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.cause !== undefined){
let data0 = data.cause;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/cause",schemaPath:"#/properties/cause/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.cause.type,parentSchema:schema21.properties.cause,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.is_upstream !== undefined){
let data1 = data.is_upstream;
if(typeof data1 !== "boolean"){
const err5 = {instancePath:instancePath+"/is_upstream",schemaPath:"#/properties/is_upstream/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema21.properties.is_upstream.type,parentSchema:schema21.properties.is_upstream,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.mcp_code !== undefined){
let data2 = data.mcp_code;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/mcp_code",schemaPath:"#/properties/mcp_code/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema21.properties.mcp_code.type,parentSchema:schema21.properties.mcp_code,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.retryable !== undefined){
let data3 = data.retryable;
if(typeof data3 !== "boolean"){
const err7 = {instancePath:instancePath+"/retryable",schemaPath:"#/properties/retryable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema21.properties.retryable.type,parentSchema:schema21.properties.retryable,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.status_code !== undefined){
let data4 = data.status_code;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err8 = {instancePath:instancePath+"/status_code",schemaPath:"#/properties/status_code/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema21.properties.status_code.type,parentSchema:schema21.properties.status_code,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}

const v9 = validate51;
const schema22 = {"type":"object","additionalProperties":false,"properties":{"auth_mode":{"type":"string","enum":["dcr","manual"]},"has_client_secret":{"type":"boolean"},"client_secret_version":{"type":"integer"},"has_credentials":{"type":"boolean","description":"Embedded portal extension: whether auth_credentials are stored."},"credentials_fingerprint":{"type":"string","description":"Embedded portal extension: a keyed hash (HMAC) of the stored credentials, to detect rotation without revealing them."},"header_names":{"type":"array","items":{"type":"string"},"description":"Embedded portal extension: names of custom headers."},"config":{"type":"object","additionalProperties":false,"properties":{"authorization_endpoint":{"type":"string"},"issuer":{"type":"string"},"resource":{"type":"string"},"revocation_endpoint":{"type":"string"},"token_endpoint":{"type":"string"}}},"registration_info":{"type":"object","additionalProperties":false,"properties":{"client_id":{"type":"string"},"redirect_uris":{"type":"array","items":{"type":"string"}},"scope":{"type":"string"},"token_endpoint_auth_method":{"type":"string"}}},"credentials_version":{"type":"integer","description":"Embedded portal extension: incremented on every write that sends auth_credentials."}}};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func7.call(schema22.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.auth_mode !== undefined){
let data0 = data.auth_mode;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/auth_mode",schemaPath:"#/properties/auth_mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.auth_mode.type,parentSchema:schema22.properties.auth_mode,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((data0 === "dcr") || (data0 === "manual"))){
const err2 = {instancePath:instancePath+"/auth_mode",schemaPath:"#/properties/auth_mode/enum",keyword:"enum",params:{allowedValues: schema22.properties.auth_mode.enum},message:"must be equal to one of the allowed values",schema:schema22.properties.auth_mode.enum,parentSchema:schema22.properties.auth_mode,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.has_client_secret !== undefined){
let data1 = data.has_client_secret;
if(typeof data1 !== "boolean"){
const err3 = {instancePath:instancePath+"/has_client_secret",schemaPath:"#/properties/has_client_secret/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema22.properties.has_client_secret.type,parentSchema:schema22.properties.has_client_secret,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.client_secret_version !== undefined){
let data2 = data.client_secret_version;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/client_secret_version",schemaPath:"#/properties/client_secret_version/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.client_secret_version.type,parentSchema:schema22.properties.client_secret_version,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.has_credentials !== undefined){
let data3 = data.has_credentials;
if(typeof data3 !== "boolean"){
const err5 = {instancePath:instancePath+"/has_credentials",schemaPath:"#/properties/has_credentials/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema22.properties.has_credentials.type,parentSchema:schema22.properties.has_credentials,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.credentials_fingerprint !== undefined){
let data4 = data.credentials_fingerprint;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/credentials_fingerprint",schemaPath:"#/properties/credentials_fingerprint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.credentials_fingerprint.type,parentSchema:schema22.properties.credentials_fingerprint,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.header_names !== undefined){
let data5 = data.header_names;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 !== "string"){
const err7 = {instancePath:instancePath+"/header_names/" + i0,schemaPath:"#/properties/header_names/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.header_names.items.type,parentSchema:schema22.properties.header_names.items,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/header_names",schemaPath:"#/properties/header_names/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.header_names.type,parentSchema:schema22.properties.header_names,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.config !== undefined){
let data7 = data.config;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
if(!(((((key1 === "authorization_endpoint") || (key1 === "issuer")) || (key1 === "resource")) || (key1 === "revocation_endpoint")) || (key1 === "token_endpoint"))){
const err9 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema22.properties.config,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data7.authorization_endpoint !== undefined){
let data8 = data7.authorization_endpoint;
if(typeof data8 !== "string"){
const err10 = {instancePath:instancePath+"/config/authorization_endpoint",schemaPath:"#/properties/config/properties/authorization_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.config.properties.authorization_endpoint.type,parentSchema:schema22.properties.config.properties.authorization_endpoint,data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data7.issuer !== undefined){
let data9 = data7.issuer;
if(typeof data9 !== "string"){
const err11 = {instancePath:instancePath+"/config/issuer",schemaPath:"#/properties/config/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.config.properties.issuer.type,parentSchema:schema22.properties.config.properties.issuer,data:data9};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data7.resource !== undefined){
let data10 = data7.resource;
if(typeof data10 !== "string"){
const err12 = {instancePath:instancePath+"/config/resource",schemaPath:"#/properties/config/properties/resource/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.config.properties.resource.type,parentSchema:schema22.properties.config.properties.resource,data:data10};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data7.revocation_endpoint !== undefined){
let data11 = data7.revocation_endpoint;
if(typeof data11 !== "string"){
const err13 = {instancePath:instancePath+"/config/revocation_endpoint",schemaPath:"#/properties/config/properties/revocation_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.config.properties.revocation_endpoint.type,parentSchema:schema22.properties.config.properties.revocation_endpoint,data:data11};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data7.token_endpoint !== undefined){
let data12 = data7.token_endpoint;
if(typeof data12 !== "string"){
const err14 = {instancePath:instancePath+"/config/token_endpoint",schemaPath:"#/properties/config/properties/token_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.config.properties.token_endpoint.type,parentSchema:schema22.properties.config.properties.token_endpoint,data:data12};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.config.type,parentSchema:schema22.properties.config,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.registration_info !== undefined){
let data13 = data.registration_info;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key2 in data13){
if(!((((key2 === "client_id") || (key2 === "redirect_uris")) || (key2 === "scope")) || (key2 === "token_endpoint_auth_method"))){
const err16 = {instancePath:instancePath+"/registration_info",schemaPath:"#/properties/registration_info/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema22.properties.registration_info,data:data13};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data13.client_id !== undefined){
let data14 = data13.client_id;
if(typeof data14 !== "string"){
const err17 = {instancePath:instancePath+"/registration_info/client_id",schemaPath:"#/properties/registration_info/properties/client_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.registration_info.properties.client_id.type,parentSchema:schema22.properties.registration_info.properties.client_id,data:data14};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data13.redirect_uris !== undefined){
let data15 = data13.redirect_uris;
if(Array.isArray(data15)){
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
if(typeof data16 !== "string"){
const err18 = {instancePath:instancePath+"/registration_info/redirect_uris/" + i1,schemaPath:"#/properties/registration_info/properties/redirect_uris/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.registration_info.properties.redirect_uris.items.type,parentSchema:schema22.properties.registration_info.properties.redirect_uris.items,data:data16};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/registration_info/redirect_uris",schemaPath:"#/properties/registration_info/properties/redirect_uris/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.registration_info.properties.redirect_uris.type,parentSchema:schema22.properties.registration_info.properties.redirect_uris,data:data15};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data13.scope !== undefined){
let data17 = data13.scope;
if(typeof data17 !== "string"){
const err20 = {instancePath:instancePath+"/registration_info/scope",schemaPath:"#/properties/registration_info/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.registration_info.properties.scope.type,parentSchema:schema22.properties.registration_info.properties.scope,data:data17};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data13.token_endpoint_auth_method !== undefined){
let data18 = data13.token_endpoint_auth_method;
if(typeof data18 !== "string"){
const err21 = {instancePath:instancePath+"/registration_info/token_endpoint_auth_method",schemaPath:"#/properties/registration_info/properties/token_endpoint_auth_method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.registration_info.properties.token_endpoint_auth_method.type,parentSchema:schema22.properties.registration_info.properties.token_endpoint_auth_method,data:data18};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/registration_info",schemaPath:"#/properties/registration_info/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.registration_info.type,parentSchema:schema22.properties.registration_info,data:data13};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.credentials_version !== undefined){
let data19 = data.credentials_version;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err23 = {instancePath:instancePath+"/credentials_version",schemaPath:"#/properties/credentials_version/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.credentials_version.type,parentSchema:schema22.properties.credentials_version,data:data19};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}

const v10 = validate52;
const schema23 = {"type":"object","description":"A discovered tool or prompt: the MCP definition as the upstream returned it.","required":["name"],"properties":{"name":{"type":"string"},"description":{"type":"string"},"title":{"type":"string"},"inputSchema":{"type":"object"},"arguments":{"type":"array"}},"additionalProperties":true};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.name.type,parentSchema:schema23.properties.name,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.description.type,parentSchema:schema23.properties.description,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.title.type,parentSchema:schema23.properties.title,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.inputSchema !== undefined){
let data3 = data.inputSchema;
if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){
const err4 = {instancePath:instancePath+"/inputSchema",schemaPath:"#/properties/inputSchema/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.inputSchema.type,parentSchema:schema23.properties.inputSchema,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.arguments !== undefined){
let data4 = data.arguments;
if(!(Array.isArray(data4))){
const err5 = {instancePath:instancePath+"/arguments",schemaPath:"#/properties/arguments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.arguments.type,parentSchema:schema23.properties.arguments,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}

const v11 = validate53;
const schema24 = {"type":"object","additionalProperties":false,"required":["status"],"properties":{"status":{"type":"string","enum":["waiting","ready","stale","error"]},"error":{"type":"string"},"error_details":{"$ref":"#/definitions/ErrorDetails"}},"description":"The fields the SDK's ServerSyncResponse declares; the API answers the whole server object, a superset."};

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema24.required,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "status") || (key0 === "error")) || (key0 === "error_details"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.status !== undefined){
let data0 = data.status;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.status.type,parentSchema:schema24.properties.status,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((data0 === "waiting") || (data0 === "ready")) || (data0 === "stale")) || (data0 === "error"))){
const err3 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema24.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema24.properties.status.enum,parentSchema:schema24.properties.status,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.error !== undefined){
let data1 = data.error;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.error.type,parentSchema:schema24.properties.error,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.error_details !== undefined){
if(!(validate50(data.error_details, {instancePath:instancePath+"/error_details",parentData:data,parentDataProperty:"error_details",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}

const v12 = validate55;
const schema25 = {"type":"object","additionalProperties":false,"required":["id","name","hostname","auth_type","tools","prompts"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"hostname":{"type":"string"},"auth_type":{"type":"string","enum":["oauth","bearer","unauthenticated"]},"description":{"type":["string","null"]},"is_shared_oauth_callback_enabled":{"type":"boolean"},"secure_web_gateway":{"type":"boolean"},"updated_tools":{"type":"array","items":{"$ref":"#/definitions/CapabilityOverride"}},"updated_prompts":{"type":"array","items":{"$ref":"#/definitions/CapabilityOverride"}},"status":{"type":"string","enum":["waiting","ready","stale","error"]},"authentication_status":{"type":"string","enum":["not_required","required","connected","stale","manual"]},"auth_config_summary":{"$ref":"#/definitions/AuthConfigSummary"},"tools":{"type":"array","items":{"$ref":"#/definitions/Capability"}},"prompts":{"type":"array","items":{"$ref":"#/definitions/Capability"}},"error":{"type":"string"},"error_details":{"$ref":"#/definitions/ErrorDetails"},"last_synced":{"type":"string","format":"date-time"},"last_successful_sync":{"type":"string","format":"date-time"},"created_at":{"type":"string","format":"date-time"},"modified_at":{"type":"string","format":"date-time"},"created_by":{"type":"string"},"modified_by":{"type":"string"}},"description":"A server as the API answers it (also the result of POST {id}/sync). Required as in the SDK's ServerReadResponse; readers default the rest (status waiting, booleans false)."};
const formats2 = __formats["date-time"];

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.hostname === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hostname"},message:"must have required property '"+"hostname"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.auth_type === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "auth_type"},message:"must have required property '"+"auth_type"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.tools === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tools"},message:"must have required property '"+"tools"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.prompts === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prompts"},message:"must have required property '"+"prompts"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func7.call(schema25.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.id.type,parentSchema:schema25.properties.id,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 !== "string"){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.name.type,parentSchema:schema25.properties.name,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.hostname !== undefined){
let data2 = data.hostname;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.hostname.type,parentSchema:schema25.properties.hostname,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.auth_type !== undefined){
let data3 = data.auth_type;
if(typeof data3 !== "string"){
const err10 = {instancePath:instancePath+"/auth_type",schemaPath:"#/properties/auth_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.auth_type.type,parentSchema:schema25.properties.auth_type,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((data3 === "oauth") || (data3 === "bearer")) || (data3 === "unauthenticated"))){
const err11 = {instancePath:instancePath+"/auth_type",schemaPath:"#/properties/auth_type/enum",keyword:"enum",params:{allowedValues: schema25.properties.auth_type.enum},message:"must be equal to one of the allowed values",schema:schema25.properties.auth_type.enum,parentSchema:schema25.properties.auth_type,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.description !== undefined){
let data4 = data.description;
if((typeof data4 !== "string") && (data4 !== null)){
const err12 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema25.properties.description.type},message:"must be string,null",schema:schema25.properties.description.type,parentSchema:schema25.properties.description,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.is_shared_oauth_callback_enabled !== undefined){
let data5 = data.is_shared_oauth_callback_enabled;
if(typeof data5 !== "boolean"){
const err13 = {instancePath:instancePath+"/is_shared_oauth_callback_enabled",schemaPath:"#/properties/is_shared_oauth_callback_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema25.properties.is_shared_oauth_callback_enabled.type,parentSchema:schema25.properties.is_shared_oauth_callback_enabled,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.secure_web_gateway !== undefined){
let data6 = data.secure_web_gateway;
if(typeof data6 !== "boolean"){
const err14 = {instancePath:instancePath+"/secure_web_gateway",schemaPath:"#/properties/secure_web_gateway/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema25.properties.secure_web_gateway.type,parentSchema:schema25.properties.secure_web_gateway,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.updated_tools !== undefined){
let data7 = data.updated_tools;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(!(validate43(data7[i0], {instancePath:instancePath+"/updated_tools/" + i0,parentData:data7,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/updated_tools",schemaPath:"#/properties/updated_tools/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.updated_tools.type,parentSchema:schema25.properties.updated_tools,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.updated_prompts !== undefined){
let data9 = data.updated_prompts;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
if(!(validate43(data9[i1], {instancePath:instancePath+"/updated_prompts/" + i1,parentData:data9,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/updated_prompts",schemaPath:"#/properties/updated_prompts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.updated_prompts.type,parentSchema:schema25.properties.updated_prompts,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.status !== undefined){
let data11 = data.status;
if(typeof data11 !== "string"){
const err17 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.status.type,parentSchema:schema25.properties.status,data:data11};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!((((data11 === "waiting") || (data11 === "ready")) || (data11 === "stale")) || (data11 === "error"))){
const err18 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema25.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema25.properties.status.enum,parentSchema:schema25.properties.status,data:data11};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.authentication_status !== undefined){
let data12 = data.authentication_status;
if(typeof data12 !== "string"){
const err19 = {instancePath:instancePath+"/authentication_status",schemaPath:"#/properties/authentication_status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.authentication_status.type,parentSchema:schema25.properties.authentication_status,data:data12};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!(((((data12 === "not_required") || (data12 === "required")) || (data12 === "connected")) || (data12 === "stale")) || (data12 === "manual"))){
const err20 = {instancePath:instancePath+"/authentication_status",schemaPath:"#/properties/authentication_status/enum",keyword:"enum",params:{allowedValues: schema25.properties.authentication_status.enum},message:"must be equal to one of the allowed values",schema:schema25.properties.authentication_status.enum,parentSchema:schema25.properties.authentication_status,data:data12};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.auth_config_summary !== undefined){
if(!(validate51(data.auth_config_summary, {instancePath:instancePath+"/auth_config_summary",parentData:data,parentDataProperty:"auth_config_summary",rootData}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
if(data.tools !== undefined){
let data14 = data.tools;
if(Array.isArray(data14)){
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
if(!(validate52(data14[i2], {instancePath:instancePath+"/tools/" + i2,parentData:data14,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.tools.type,parentSchema:schema25.properties.tools,data:data14};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.prompts !== undefined){
let data16 = data.prompts;
if(Array.isArray(data16)){
const len3 = data16.length;
for(let i3=0; i3<len3; i3++){
if(!(validate52(data16[i3], {instancePath:instancePath+"/prompts/" + i3,parentData:data16,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath:instancePath+"/prompts",schemaPath:"#/properties/prompts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.prompts.type,parentSchema:schema25.properties.prompts,data:data16};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.error !== undefined){
let data18 = data.error;
if(typeof data18 !== "string"){
const err23 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.error.type,parentSchema:schema25.properties.error,data:data18};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.error_details !== undefined){
if(!(validate50(data.error_details, {instancePath:instancePath+"/error_details",parentData:data,parentDataProperty:"error_details",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.last_synced !== undefined){
let data20 = data.last_synced;
if(typeof data20 === "string"){
if(!(formats2.validate(data20))){
const err24 = {instancePath:instancePath+"/last_synced",schemaPath:"#/properties/last_synced/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema25.properties.last_synced,data:data20};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/last_synced",schemaPath:"#/properties/last_synced/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.last_synced.type,parentSchema:schema25.properties.last_synced,data:data20};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.last_successful_sync !== undefined){
let data21 = data.last_successful_sync;
if(typeof data21 === "string"){
if(!(formats2.validate(data21))){
const err26 = {instancePath:instancePath+"/last_successful_sync",schemaPath:"#/properties/last_successful_sync/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema25.properties.last_successful_sync,data:data21};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/last_successful_sync",schemaPath:"#/properties/last_successful_sync/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.last_successful_sync.type,parentSchema:schema25.properties.last_successful_sync,data:data21};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.created_at !== undefined){
let data22 = data.created_at;
if(typeof data22 === "string"){
if(!(formats2.validate(data22))){
const err28 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema25.properties.created_at,data:data22};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.created_at.type,parentSchema:schema25.properties.created_at,data:data22};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.modified_at !== undefined){
let data23 = data.modified_at;
if(typeof data23 === "string"){
if(!(formats2.validate(data23))){
const err30 = {instancePath:instancePath+"/modified_at",schemaPath:"#/properties/modified_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema25.properties.modified_at,data:data23};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/modified_at",schemaPath:"#/properties/modified_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.modified_at.type,parentSchema:schema25.properties.modified_at,data:data23};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.created_by !== undefined){
let data24 = data.created_by;
if(typeof data24 !== "string"){
const err32 = {instancePath:instancePath+"/created_by",schemaPath:"#/properties/created_by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.created_by.type,parentSchema:schema25.properties.created_by,data:data24};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.modified_by !== undefined){
let data25 = data.modified_by;
if(typeof data25 !== "string"){
const err33 = {instancePath:instancePath+"/modified_by",schemaPath:"#/properties/modified_by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.modified_by.type,parentSchema:schema25.properties.modified_by,data:data25};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}

const v13 = validate63;
const schema27 = {"type":"object","additionalProperties":false,"required":["server_id"],"properties":{"server_id":{"type":"string","minLength":1,"maxLength":32,"pattern":"^[A-Za-z0-9-]+$","description":"Caller-chosen id; no underscore (tools are namespaced {server_id}_{name})."},"default_disabled":{"type":"boolean"},"on_behalf":{"type":"boolean"},"updated_tools":{"type":"array","items":{"$ref":"mcp-server.schema.json#/definitions/CapabilityOverride"}},"updated_prompts":{"type":"array","items":{"$ref":"mcp-server.schema.json#/definitions/CapabilityOverride"}},"updated_resources":{"type":"array","items":{"$ref":"#/definitions/ResourceRule"},"description":"Extension (not in Cloudflare's API): which of the server's resources this portal exposes; the first rule whose uri matches decides, none matching: exposed unless default_disabled. Each uri at most once; the list replaces the mapping's rules."}}};
const schema28 = {"type":"object","additionalProperties":false,"required":["uri"],"description":"Extension: a rule on a server's resources in a portal.","properties":{"uri":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^\\S+$","description":"An upstream resource URI or URI template, exactly, or a pattern where * stands for any run of characters."},"enabled":{"type":"boolean","description":"Default true on write; always present in responses."}}};
const pattern4 = new RegExp("^\\S+$", "u");

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.uri === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "uri") || (key0 === "enabled"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.uri !== undefined){
let data0 = data.uri;
if(typeof data0 === "string"){
if(func2(data0) > 2048){
const err2 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema28.properties.uri,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.uri,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\"",schema:"^\\S+$",parentSchema:schema28.properties.uri,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.uri.type,parentSchema:schema28.properties.uri,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.enabled !== undefined){
let data1 = data.enabled;
if(typeof data1 !== "boolean"){
const err6 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.enabled.type,parentSchema:schema28.properties.enabled,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate66.errors = vErrors;
return errors === 0;
}


function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.server_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "server_id"},message:"must have required property '"+"server_id"+"'",schema:schema27.required,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "server_id") || (key0 === "default_disabled")) || (key0 === "on_behalf")) || (key0 === "updated_tools")) || (key0 === "updated_prompts")) || (key0 === "updated_resources"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.server_id !== undefined){
let data0 = data.server_id;
if(typeof data0 === "string"){
if(func2(data0) > 32){
const err2 = {instancePath:instancePath+"/server_id",schemaPath:"#/properties/server_id/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters",schema:32,parentSchema:schema27.properties.server_id,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/server_id",schemaPath:"#/properties/server_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.server_id,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern1.test(data0)){
const err4 = {instancePath:instancePath+"/server_id",schemaPath:"#/properties/server_id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-]+$"},message:"must match pattern \""+"^[A-Za-z0-9-]+$"+"\"",schema:"^[A-Za-z0-9-]+$",parentSchema:schema27.properties.server_id,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/server_id",schemaPath:"#/properties/server_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.server_id.type,parentSchema:schema27.properties.server_id,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.default_disabled !== undefined){
let data1 = data.default_disabled;
if(typeof data1 !== "boolean"){
const err6 = {instancePath:instancePath+"/default_disabled",schemaPath:"#/properties/default_disabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema27.properties.default_disabled.type,parentSchema:schema27.properties.default_disabled,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.on_behalf !== undefined){
let data2 = data.on_behalf;
if(typeof data2 !== "boolean"){
const err7 = {instancePath:instancePath+"/on_behalf",schemaPath:"#/properties/on_behalf/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema27.properties.on_behalf.type,parentSchema:schema27.properties.on_behalf,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.updated_tools !== undefined){
let data3 = data.updated_tools;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate43(data3[i0], {instancePath:instancePath+"/updated_tools/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/updated_tools",schemaPath:"#/properties/updated_tools/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema27.properties.updated_tools.type,parentSchema:schema27.properties.updated_tools,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.updated_prompts !== undefined){
let data5 = data.updated_prompts;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
if(!(validate43(data5[i1], {instancePath:instancePath+"/updated_prompts/" + i1,parentData:data5,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/updated_prompts",schemaPath:"#/properties/updated_prompts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema27.properties.updated_prompts.type,parentSchema:schema27.properties.updated_prompts,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.updated_resources !== undefined){
let data7 = data.updated_resources;
if(Array.isArray(data7)){
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
if(!(validate66(data7[i2], {instancePath:instancePath+"/updated_resources/" + i2,parentData:data7,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/updated_resources",schemaPath:"#/properties/updated_resources/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema27.properties.updated_resources.type,parentSchema:schema27.properties.updated_resources,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}

const v14 = validate68;

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.uri === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "uri") || (key0 === "enabled"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.uri !== undefined){
let data0 = data.uri;
if(typeof data0 === "string"){
if(func2(data0) > 2048){
const err2 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema28.properties.uri,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.uri,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\"",schema:"^\\S+$",parentSchema:schema28.properties.uri,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.uri.type,parentSchema:schema28.properties.uri,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.enabled !== undefined){
let data1 = data.enabled;
if(typeof data1 !== "boolean"){
const err6 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.enabled.type,parentSchema:schema28.properties.enabled,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate68.errors = vErrors;
return errors === 0;
}

const v15 = validate69;
const schema30 = {"type":"object","additionalProperties":false,"required":["id","name","hostname"],"properties":{"name":{"type":"string","minLength":1,"maxLength":350},"hostname":{"type":"string","minLength":1,"maxLength":253,"pattern":"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$","description":"A bare hostname."},"description":{"type":"string","maxLength":512,"description":"Cloudflare's type is a string (no null); an empty string clears it."},"allow_code_mode":{"type":"boolean","description":"Deprecated: true = any code_mode but off."},"code_mode":{"type":"string","enum":["off","opt_in","default_on","enforced"]},"secure_web_gateway":{"type":"boolean"},"servers":{"type":"array","items":{"$ref":"#/definitions/ServerMappingRequest"}},"id":{"type":"string","minLength":1,"maxLength":32}}};
const pattern6 = new RegExp("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$", "u");

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema30.required,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema30.required,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.hostname === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hostname"},message:"must have required property '"+"hostname"+"'",schema:schema30.required,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "name") || (key0 === "hostname")) || (key0 === "description")) || (key0 === "allow_code_mode")) || (key0 === "code_mode")) || (key0 === "secure_web_gateway")) || (key0 === "servers")) || (key0 === "id"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 350){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 350},message:"must NOT have more than 350 characters",schema:350,parentSchema:schema30.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data0) < 1){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema30.properties.name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.name.type,parentSchema:schema30.properties.name,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.hostname !== undefined){
let data1 = data.hostname;
if(typeof data1 === "string"){
if(func2(data1) > 253){
const err7 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema30.properties.hostname,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func2(data1) < 1){
const err8 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema30.properties.hostname,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern6.test(data1)){
const err9 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$",parentSchema:schema30.properties.hostname,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.hostname.type,parentSchema:schema30.properties.hostname,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func2(data2) > 512){
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema30.properties.description,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.description.type,parentSchema:schema30.properties.description,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.allow_code_mode !== undefined){
let data3 = data.allow_code_mode;
if(typeof data3 !== "boolean"){
const err13 = {instancePath:instancePath+"/allow_code_mode",schemaPath:"#/properties/allow_code_mode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema30.properties.allow_code_mode.type,parentSchema:schema30.properties.allow_code_mode,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.code_mode !== undefined){
let data4 = data.code_mode;
if(typeof data4 !== "string"){
const err14 = {instancePath:instancePath+"/code_mode",schemaPath:"#/properties/code_mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.code_mode.type,parentSchema:schema30.properties.code_mode,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((((data4 === "off") || (data4 === "opt_in")) || (data4 === "default_on")) || (data4 === "enforced"))){
const err15 = {instancePath:instancePath+"/code_mode",schemaPath:"#/properties/code_mode/enum",keyword:"enum",params:{allowedValues: schema30.properties.code_mode.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.code_mode.enum,parentSchema:schema30.properties.code_mode,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.secure_web_gateway !== undefined){
let data5 = data.secure_web_gateway;
if(typeof data5 !== "boolean"){
const err16 = {instancePath:instancePath+"/secure_web_gateway",schemaPath:"#/properties/secure_web_gateway/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema30.properties.secure_web_gateway.type,parentSchema:schema30.properties.secure_web_gateway,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.servers !== undefined){
let data6 = data.servers;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate63(data6[i0], {instancePath:instancePath+"/servers/" + i0,parentData:data6,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.servers.type,parentSchema:schema30.properties.servers,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.id !== undefined){
let data8 = data.id;
if(typeof data8 === "string"){
if(func2(data8) > 32){
const err18 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters",schema:32,parentSchema:schema30.properties.id,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func2(data8) < 1){
const err19 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema30.properties.id,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.id.type,parentSchema:schema30.properties.id,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate69.errors = vErrors;
return errors === 0;
}

const v16 = validate71;
const schema31 = {"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"maxLength":350},"hostname":{"type":"string","minLength":1,"maxLength":253,"pattern":"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$","description":"A bare hostname."},"description":{"type":"string","maxLength":512,"description":"Cloudflare's type is a string (no null); an empty string clears it."},"allow_code_mode":{"type":"boolean","description":"Deprecated: true = any code_mode but off."},"code_mode":{"type":"string","enum":["off","opt_in","default_on","enforced"]},"secure_web_gateway":{"type":"boolean"},"servers":{"type":"array","items":{"$ref":"#/definitions/ServerMappingRequest"}}},"description":"PUT body; partial update. servers, when sent, replaces the whole mapping set."};

function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "name") || (key0 === "hostname")) || (key0 === "description")) || (key0 === "allow_code_mode")) || (key0 === "code_mode")) || (key0 === "secure_web_gateway")) || (key0 === "servers"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 350){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 350},message:"must NOT have more than 350 characters",schema:350,parentSchema:schema31.properties.name,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func2(data0) < 1){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.name.type,parentSchema:schema31.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.hostname !== undefined){
let data1 = data.hostname;
if(typeof data1 === "string"){
if(func2(data1) > 253){
const err4 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema31.properties.hostname,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.hostname,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern6.test(data1)){
const err6 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$",parentSchema:schema31.properties.hostname,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.hostname.type,parentSchema:schema31.properties.hostname,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func2(data2) > 512){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema31.properties.description,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.description.type,parentSchema:schema31.properties.description,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.allow_code_mode !== undefined){
let data3 = data.allow_code_mode;
if(typeof data3 !== "boolean"){
const err10 = {instancePath:instancePath+"/allow_code_mode",schemaPath:"#/properties/allow_code_mode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.allow_code_mode.type,parentSchema:schema31.properties.allow_code_mode,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.code_mode !== undefined){
let data4 = data.code_mode;
if(typeof data4 !== "string"){
const err11 = {instancePath:instancePath+"/code_mode",schemaPath:"#/properties/code_mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.code_mode.type,parentSchema:schema31.properties.code_mode,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((((data4 === "off") || (data4 === "opt_in")) || (data4 === "default_on")) || (data4 === "enforced"))){
const err12 = {instancePath:instancePath+"/code_mode",schemaPath:"#/properties/code_mode/enum",keyword:"enum",params:{allowedValues: schema31.properties.code_mode.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.code_mode.enum,parentSchema:schema31.properties.code_mode,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.secure_web_gateway !== undefined){
let data5 = data.secure_web_gateway;
if(typeof data5 !== "boolean"){
const err13 = {instancePath:instancePath+"/secure_web_gateway",schemaPath:"#/properties/secure_web_gateway/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.secure_web_gateway.type,parentSchema:schema31.properties.secure_web_gateway,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.servers !== undefined){
let data6 = data.servers;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate63(data6[i0], {instancePath:instancePath+"/servers/" + i0,parentData:data6,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.servers.type,parentSchema:schema31.properties.servers,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate71.errors = vErrors;
return errors === 0;
}

const v17 = validate73;
const schema32 = {"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"portal_alias":{"type":"string"},"portal_description":{"type":"string"},"server_alias":{"type":"string"},"server_description":{"type":"string"}}};

function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "name") || (key0 === "enabled")) || (key0 === "portal_alias")) || (key0 === "portal_description")) || (key0 === "server_alias")) || (key0 === "server_description"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.name.type,parentSchema:schema32.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.enabled !== undefined){
let data1 = data.enabled;
if(typeof data1 !== "boolean"){
const err3 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema32.properties.enabled.type,parentSchema:schema32.properties.enabled,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.portal_alias !== undefined){
let data2 = data.portal_alias;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/portal_alias",schemaPath:"#/properties/portal_alias/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.portal_alias.type,parentSchema:schema32.properties.portal_alias,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.portal_description !== undefined){
let data3 = data.portal_description;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/portal_description",schemaPath:"#/properties/portal_description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.portal_description.type,parentSchema:schema32.properties.portal_description,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.server_alias !== undefined){
let data4 = data.server_alias;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/server_alias",schemaPath:"#/properties/server_alias/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.server_alias.type,parentSchema:schema32.properties.server_alias,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.server_description !== undefined){
let data5 = data.server_description;
if(typeof data5 !== "string"){
const err7 = {instancePath:instancePath+"/server_description",schemaPath:"#/properties/server_description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.server_description.type,parentSchema:schema32.properties.server_description,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate73.errors = vErrors;
return errors === 0;
}

const v18 = validate74;
const schema33 = {"type":"object","additionalProperties":false,"required":["id","server_id"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"hostname":{"type":"string"},"auth_type":{"type":"string","enum":["oauth","bearer","unauthenticated"]},"description":{"type":["string","null"]},"is_shared_oauth_callback_enabled":{"type":"boolean"},"secure_web_gateway":{"type":"boolean"},"updated_tools":{"type":"array","items":{"$ref":"#/definitions/OverrideResponse"}},"updated_prompts":{"type":"array","items":{"$ref":"#/definitions/OverrideResponse"}},"status":{"type":"string","enum":["waiting","ready","stale","error"]},"authentication_status":{"type":"string","enum":["not_required","required","connected","stale","manual"]},"auth_config_summary":{"$ref":"mcp-server.schema.json#/definitions/AuthConfigSummary"},"tools":{"type":"array","items":{"$ref":"mcp-server.schema.json#/definitions/Capability"}},"prompts":{"type":"array","items":{"$ref":"mcp-server.schema.json#/definitions/Capability"}},"error":{"type":"string"},"error_details":{"$ref":"mcp-server.schema.json#/definitions/ErrorDetails"},"last_synced":{"type":"string","format":"date-time"},"last_successful_sync":{"type":"string","format":"date-time"},"created_at":{"type":"string","format":"date-time"},"modified_at":{"type":"string","format":"date-time"},"created_by":{"type":"string"},"modified_by":{"type":"string"},"server_id":{"type":"string"},"default_disabled":{"type":"boolean"},"on_behalf":{"type":"boolean"},"updated_resources":{"type":"array","items":{"$ref":"#/definitions/ResourceRuleResponse"},"description":"Extension (not in Cloudflare's API): the mapping's resource rules in order; absent when there are none, so Cloudflare's shape is unchanged."}}};
const schema34 = {"type":"object","additionalProperties":false,"required":["uri","enabled"],"properties":{"uri":{"type":"string"},"enabled":{"type":"boolean"}}};

function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.uri === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.enabled === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "enabled"},message:"must have required property '"+"enabled"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "uri") || (key0 === "enabled"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.uri !== undefined){
let data0 = data.uri;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.uri.type,parentSchema:schema34.properties.uri,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.enabled !== undefined){
let data1 = data.enabled;
if(typeof data1 !== "boolean"){
const err4 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema34.properties.enabled.type,parentSchema:schema34.properties.enabled,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate81.errors = vErrors;
return errors === 0;
}


function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.server_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "server_id"},message:"must have required property '"+"server_id"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func7.call(schema33.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.id.type,parentSchema:schema33.properties.id,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.name.type,parentSchema:schema33.properties.name,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.hostname !== undefined){
let data2 = data.hostname;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.hostname.type,parentSchema:schema33.properties.hostname,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.auth_type !== undefined){
let data3 = data.auth_type;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/auth_type",schemaPath:"#/properties/auth_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.auth_type.type,parentSchema:schema33.properties.auth_type,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((data3 === "oauth") || (data3 === "bearer")) || (data3 === "unauthenticated"))){
const err7 = {instancePath:instancePath+"/auth_type",schemaPath:"#/properties/auth_type/enum",keyword:"enum",params:{allowedValues: schema33.properties.auth_type.enum},message:"must be equal to one of the allowed values",schema:schema33.properties.auth_type.enum,parentSchema:schema33.properties.auth_type,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data4 = data.description;
if((typeof data4 !== "string") && (data4 !== null)){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema33.properties.description.type},message:"must be string,null",schema:schema33.properties.description.type,parentSchema:schema33.properties.description,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.is_shared_oauth_callback_enabled !== undefined){
let data5 = data.is_shared_oauth_callback_enabled;
if(typeof data5 !== "boolean"){
const err9 = {instancePath:instancePath+"/is_shared_oauth_callback_enabled",schemaPath:"#/properties/is_shared_oauth_callback_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema33.properties.is_shared_oauth_callback_enabled.type,parentSchema:schema33.properties.is_shared_oauth_callback_enabled,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.secure_web_gateway !== undefined){
let data6 = data.secure_web_gateway;
if(typeof data6 !== "boolean"){
const err10 = {instancePath:instancePath+"/secure_web_gateway",schemaPath:"#/properties/secure_web_gateway/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema33.properties.secure_web_gateway.type,parentSchema:schema33.properties.secure_web_gateway,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.updated_tools !== undefined){
let data7 = data.updated_tools;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(!(validate73(data7[i0], {instancePath:instancePath+"/updated_tools/" + i0,parentData:data7,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/updated_tools",schemaPath:"#/properties/updated_tools/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.updated_tools.type,parentSchema:schema33.properties.updated_tools,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.updated_prompts !== undefined){
let data9 = data.updated_prompts;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
if(!(validate73(data9[i1], {instancePath:instancePath+"/updated_prompts/" + i1,parentData:data9,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/updated_prompts",schemaPath:"#/properties/updated_prompts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.updated_prompts.type,parentSchema:schema33.properties.updated_prompts,data:data9};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.status !== undefined){
let data11 = data.status;
if(typeof data11 !== "string"){
const err13 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.status.type,parentSchema:schema33.properties.status,data:data11};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((((data11 === "waiting") || (data11 === "ready")) || (data11 === "stale")) || (data11 === "error"))){
const err14 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema33.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema33.properties.status.enum,parentSchema:schema33.properties.status,data:data11};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.authentication_status !== undefined){
let data12 = data.authentication_status;
if(typeof data12 !== "string"){
const err15 = {instancePath:instancePath+"/authentication_status",schemaPath:"#/properties/authentication_status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.authentication_status.type,parentSchema:schema33.properties.authentication_status,data:data12};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(((((data12 === "not_required") || (data12 === "required")) || (data12 === "connected")) || (data12 === "stale")) || (data12 === "manual"))){
const err16 = {instancePath:instancePath+"/authentication_status",schemaPath:"#/properties/authentication_status/enum",keyword:"enum",params:{allowedValues: schema33.properties.authentication_status.enum},message:"must be equal to one of the allowed values",schema:schema33.properties.authentication_status.enum,parentSchema:schema33.properties.authentication_status,data:data12};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.auth_config_summary !== undefined){
if(!(validate51(data.auth_config_summary, {instancePath:instancePath+"/auth_config_summary",parentData:data,parentDataProperty:"auth_config_summary",rootData}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
if(data.tools !== undefined){
let data14 = data.tools;
if(Array.isArray(data14)){
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
if(!(validate52(data14[i2], {instancePath:instancePath+"/tools/" + i2,parentData:data14,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.tools.type,parentSchema:schema33.properties.tools,data:data14};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.prompts !== undefined){
let data16 = data.prompts;
if(Array.isArray(data16)){
const len3 = data16.length;
for(let i3=0; i3<len3; i3++){
if(!(validate52(data16[i3], {instancePath:instancePath+"/prompts/" + i3,parentData:data16,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/prompts",schemaPath:"#/properties/prompts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.prompts.type,parentSchema:schema33.properties.prompts,data:data16};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.error !== undefined){
let data18 = data.error;
if(typeof data18 !== "string"){
const err19 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.error.type,parentSchema:schema33.properties.error,data:data18};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.error_details !== undefined){
if(!(validate50(data.error_details, {instancePath:instancePath+"/error_details",parentData:data,parentDataProperty:"error_details",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.last_synced !== undefined){
let data20 = data.last_synced;
if(typeof data20 === "string"){
if(!(formats2.validate(data20))){
const err20 = {instancePath:instancePath+"/last_synced",schemaPath:"#/properties/last_synced/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema33.properties.last_synced,data:data20};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/last_synced",schemaPath:"#/properties/last_synced/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.last_synced.type,parentSchema:schema33.properties.last_synced,data:data20};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.last_successful_sync !== undefined){
let data21 = data.last_successful_sync;
if(typeof data21 === "string"){
if(!(formats2.validate(data21))){
const err22 = {instancePath:instancePath+"/last_successful_sync",schemaPath:"#/properties/last_successful_sync/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema33.properties.last_successful_sync,data:data21};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/last_successful_sync",schemaPath:"#/properties/last_successful_sync/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.last_successful_sync.type,parentSchema:schema33.properties.last_successful_sync,data:data21};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.created_at !== undefined){
let data22 = data.created_at;
if(typeof data22 === "string"){
if(!(formats2.validate(data22))){
const err24 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema33.properties.created_at,data:data22};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.created_at.type,parentSchema:schema33.properties.created_at,data:data22};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.modified_at !== undefined){
let data23 = data.modified_at;
if(typeof data23 === "string"){
if(!(formats2.validate(data23))){
const err26 = {instancePath:instancePath+"/modified_at",schemaPath:"#/properties/modified_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema33.properties.modified_at,data:data23};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/modified_at",schemaPath:"#/properties/modified_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.modified_at.type,parentSchema:schema33.properties.modified_at,data:data23};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.created_by !== undefined){
let data24 = data.created_by;
if(typeof data24 !== "string"){
const err28 = {instancePath:instancePath+"/created_by",schemaPath:"#/properties/created_by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.created_by.type,parentSchema:schema33.properties.created_by,data:data24};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.modified_by !== undefined){
let data25 = data.modified_by;
if(typeof data25 !== "string"){
const err29 = {instancePath:instancePath+"/modified_by",schemaPath:"#/properties/modified_by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.modified_by.type,parentSchema:schema33.properties.modified_by,data:data25};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.server_id !== undefined){
let data26 = data.server_id;
if(typeof data26 !== "string"){
const err30 = {instancePath:instancePath+"/server_id",schemaPath:"#/properties/server_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.server_id.type,parentSchema:schema33.properties.server_id,data:data26};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.default_disabled !== undefined){
let data27 = data.default_disabled;
if(typeof data27 !== "boolean"){
const err31 = {instancePath:instancePath+"/default_disabled",schemaPath:"#/properties/default_disabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema33.properties.default_disabled.type,parentSchema:schema33.properties.default_disabled,data:data27};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.on_behalf !== undefined){
let data28 = data.on_behalf;
if(typeof data28 !== "boolean"){
const err32 = {instancePath:instancePath+"/on_behalf",schemaPath:"#/properties/on_behalf/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema33.properties.on_behalf.type,parentSchema:schema33.properties.on_behalf,data:data28};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.updated_resources !== undefined){
let data29 = data.updated_resources;
if(Array.isArray(data29)){
const len4 = data29.length;
for(let i4=0; i4<len4; i4++){
if(!(validate81(data29[i4], {instancePath:instancePath+"/updated_resources/" + i4,parentData:data29,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
}
}
else {
const err33 = {instancePath:instancePath+"/updated_resources",schemaPath:"#/properties/updated_resources/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.updated_resources.type,parentSchema:schema33.properties.updated_resources,data:data29};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate74.errors = vErrors;
return errors === 0;
}

const v19 = validate83;

function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.uri === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.enabled === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "enabled"},message:"must have required property '"+"enabled"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "uri") || (key0 === "enabled"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.uri !== undefined){
let data0 = data.uri;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.uri.type,parentSchema:schema34.properties.uri,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.enabled !== undefined){
let data1 = data.enabled;
if(typeof data1 !== "boolean"){
const err4 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema34.properties.enabled.type,parentSchema:schema34.properties.enabled,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate83.errors = vErrors;
return errors === 0;
}

const v20 = validate84;
const schema36 = {"type":"object","additionalProperties":false,"required":["id","name","hostname"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"hostname":{"type":"string"},"description":{"type":"string","description":"Omitted when the portal has none (Cloudflare: description?: string)."},"allow_code_mode":{"type":"boolean"},"code_mode":{"type":"string","enum":["off","opt_in","default_on","enforced"]},"secure_web_gateway":{"type":"boolean"},"servers":{"type":"array","items":{"$ref":"#/definitions/ServerMappingResponse"}},"created_at":{"type":"string","format":"date-time"},"modified_at":{"type":"string","format":"date-time"},"created_by":{"type":"string"},"modified_by":{"type":"string"}},"description":"A portal as the API answers it. Only id, name and hostname are required (the SDK's PortalReadResponse also requires servers, absent from a delete response); readers default the rest."};

function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.hostname === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hostname"},message:"must have required property '"+"hostname"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func7.call(schema36.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.id.type,parentSchema:schema36.properties.id,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.name.type,parentSchema:schema36.properties.name,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.hostname !== undefined){
let data2 = data.hostname;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.hostname.type,parentSchema:schema36.properties.hostname,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 !== "string"){
const err7 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.description.type,parentSchema:schema36.properties.description,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.allow_code_mode !== undefined){
let data4 = data.allow_code_mode;
if(typeof data4 !== "boolean"){
const err8 = {instancePath:instancePath+"/allow_code_mode",schemaPath:"#/properties/allow_code_mode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema36.properties.allow_code_mode.type,parentSchema:schema36.properties.allow_code_mode,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.code_mode !== undefined){
let data5 = data.code_mode;
if(typeof data5 !== "string"){
const err9 = {instancePath:instancePath+"/code_mode",schemaPath:"#/properties/code_mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.code_mode.type,parentSchema:schema36.properties.code_mode,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((((data5 === "off") || (data5 === "opt_in")) || (data5 === "default_on")) || (data5 === "enforced"))){
const err10 = {instancePath:instancePath+"/code_mode",schemaPath:"#/properties/code_mode/enum",keyword:"enum",params:{allowedValues: schema36.properties.code_mode.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.code_mode.enum,parentSchema:schema36.properties.code_mode,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.secure_web_gateway !== undefined){
let data6 = data.secure_web_gateway;
if(typeof data6 !== "boolean"){
const err11 = {instancePath:instancePath+"/secure_web_gateway",schemaPath:"#/properties/secure_web_gateway/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema36.properties.secure_web_gateway.type,parentSchema:schema36.properties.secure_web_gateway,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.servers !== undefined){
let data7 = data.servers;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(!(validate74(data7[i0], {instancePath:instancePath+"/servers/" + i0,parentData:data7,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.servers.type,parentSchema:schema36.properties.servers,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.created_at !== undefined){
let data9 = data.created_at;
if(typeof data9 === "string"){
if(!(formats2.validate(data9))){
const err13 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema36.properties.created_at,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.created_at.type,parentSchema:schema36.properties.created_at,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.modified_at !== undefined){
let data10 = data.modified_at;
if(typeof data10 === "string"){
if(!(formats2.validate(data10))){
const err15 = {instancePath:instancePath+"/modified_at",schemaPath:"#/properties/modified_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema36.properties.modified_at,data:data10};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/modified_at",schemaPath:"#/properties/modified_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.modified_at.type,parentSchema:schema36.properties.modified_at,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.created_by !== undefined){
let data11 = data.created_by;
if(typeof data11 !== "string"){
const err17 = {instancePath:instancePath+"/created_by",schemaPath:"#/properties/created_by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.created_by.type,parentSchema:schema36.properties.created_by,data:data11};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.modified_by !== undefined){
let data12 = data.modified_by;
if(typeof data12 !== "string"){
const err18 = {instancePath:instancePath+"/modified_by",schemaPath:"#/properties/modified_by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.modified_by.type,parentSchema:schema36.properties.modified_by,data:data12};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate84.errors = vErrors;
return errors === 0;
}

const v21 = validate87;
const schema38 = {"type":"object","minProperties":1,"maxProperties":1,"additionalProperties":false,"description":"One Access rule: exactly one selector, with the keys and value shapes of the official SDK's AccessRule union.","properties":{"group":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string"}}},"any_valid_service_token":{"type":"object","additionalProperties":false,"required":[],"properties":{}},"auth_context":{"type":"object","additionalProperties":false,"required":["id","ac_id","identity_provider_id"],"properties":{"id":{"type":"string"},"ac_id":{"type":"string"},"identity_provider_id":{"type":"string"}}},"auth_method":{"type":"object","additionalProperties":false,"required":["auth_method"],"properties":{"auth_method":{"type":"string"}}},"azureAD":{"type":"object","additionalProperties":false,"required":["id","identity_provider_id"],"properties":{"id":{"type":"string"},"identity_provider_id":{"type":"string"}}},"certificate":{"type":"object","additionalProperties":false,"required":[],"properties":{}},"common_name":{"type":"object","additionalProperties":false,"required":["common_name"],"properties":{"common_name":{"type":"string"}}},"geo":{"type":"object","additionalProperties":false,"required":["country_code"],"properties":{"country_code":{"type":"string"}}},"device_posture":{"type":"object","additionalProperties":false,"required":["integration_uid"],"properties":{"integration_uid":{"type":"string"},"account_id":{"type":"string"}}},"email_domain":{"type":"object","additionalProperties":false,"required":["domain"],"properties":{"domain":{"type":"string"}}},"email_list":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string"}}},"email":{"type":"object","additionalProperties":false,"required":["email"],"properties":{"email":{"type":"string","format":"email"}}},"everyone":{"type":"object","additionalProperties":false,"required":[],"properties":{}},"external_evaluation":{"type":"object","additionalProperties":false,"required":["evaluate_url","keys_url"],"properties":{"evaluate_url":{"type":"string"},"keys_url":{"type":"string"}}},"github-organization":{"type":"object","additionalProperties":false,"required":["identity_provider_id","name"],"properties":{"identity_provider_id":{"type":"string"},"name":{"type":"string"},"team":{"type":"string"}}},"gsuite":{"type":"object","additionalProperties":false,"required":["email","identity_provider_id"],"properties":{"email":{"type":"string"},"identity_provider_id":{"type":"string"}}},"login_method":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string"}}},"ip_list":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string"}}},"ip":{"type":"object","additionalProperties":false,"required":["ip"],"properties":{"ip":{"type":"string"}}},"okta":{"type":"object","additionalProperties":false,"required":["identity_provider_id","name"],"properties":{"identity_provider_id":{"type":"string"},"name":{"type":"string"}}},"saml":{"type":"object","additionalProperties":false,"required":["attribute_name","attribute_value","identity_provider_id"],"properties":{"attribute_name":{"type":"string"},"attribute_value":{"type":"string"},"identity_provider_id":{"type":"string"}}},"oidc":{"type":"object","additionalProperties":false,"required":["claim_name","claim_value","identity_provider_id"],"properties":{"claim_name":{"type":"string"},"claim_value":{"type":"string"},"identity_provider_id":{"type":"string"}}},"service_token":{"type":"object","additionalProperties":false,"required":["token_id"],"properties":{"token_id":{"type":"string"}}},"linked_app_token":{"type":"object","additionalProperties":false,"required":["app_uid"],"properties":{"app_uid":{"type":"string"}}},"user_risk_score":{"type":"object","additionalProperties":false,"required":["user_risk_score"],"properties":{"user_risk_score":{"type":"array","items":{"type":"string","enum":["low","medium","high","unscored"]}}}},"cloudflare_account_member":{"type":"object","additionalProperties":false,"required":[],"properties":{"account_id":{"type":"string"}}}},"tsType":"{ group: { id: string } } | { any_valid_service_token: Record<string, never> } | { auth_context: { id: string; ac_id: string; identity_provider_id: string } } | { auth_method: { auth_method: string } } | { azureAD: { id: string; identity_provider_id: string } } | { certificate: Record<string, never> } | { common_name: { common_name: string } } | { geo: { country_code: string } } | { device_posture: { integration_uid: string; account_id?: string } } | { email_domain: { domain: string } } | { email_list: { id: string } } | { email: { email: string } } | { everyone: Record<string, never> } | { external_evaluation: { evaluate_url: string; keys_url: string } } | { 'github-organization': { identity_provider_id: string; name: string; team?: string } } | { gsuite: { email: string; identity_provider_id: string } } | { login_method: { id: string } } | { ip_list: { id: string } } | { ip: { ip: string } } | { okta: { identity_provider_id: string; name: string } } | { saml: { attribute_name: string; attribute_value: string; identity_provider_id: string } } | { oidc: { claim_name: string; claim_value: string; identity_provider_id: string } } | { service_token: { token_id: string } } | { linked_app_token: { app_uid: string } } | { user_risk_score: { user_risk_score: Array<'low' | 'medium' | 'high' | 'unscored'> } } | { cloudflare_account_member: { account_id?: string } }"};
const formats22 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 1){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Object.keys(data).length < 1){
const err1 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func7.call(schema38.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.group !== undefined){
let data0 = data.group;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.id === undefined){
const err3 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema38.properties.group.required,parentSchema:schema38.properties.group,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data0){
if(!(key1 === "id")){
const err4 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.group,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.id !== undefined){
let data1 = data0.id;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/group/id",schemaPath:"#/properties/group/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.group.properties.id.type,parentSchema:schema38.properties.group.properties.id,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.group.type,parentSchema:schema38.properties.group,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.any_valid_service_token !== undefined){
let data2 = data.any_valid_service_token;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key2 in data2){
const err7 = {instancePath:instancePath+"/any_valid_service_token",schemaPath:"#/properties/any_valid_service_token/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.any_valid_service_token,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/any_valid_service_token",schemaPath:"#/properties/any_valid_service_token/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.any_valid_service_token.type,parentSchema:schema38.properties.any_valid_service_token,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.auth_context !== undefined){
let data3 = data.auth_context;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err9 = {instancePath:instancePath+"/auth_context",schemaPath:"#/properties/auth_context/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema38.properties.auth_context.required,parentSchema:schema38.properties.auth_context,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3.ac_id === undefined){
const err10 = {instancePath:instancePath+"/auth_context",schemaPath:"#/properties/auth_context/required",keyword:"required",params:{missingProperty: "ac_id"},message:"must have required property '"+"ac_id"+"'",schema:schema38.properties.auth_context.required,parentSchema:schema38.properties.auth_context,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3.identity_provider_id === undefined){
const err11 = {instancePath:instancePath+"/auth_context",schemaPath:"#/properties/auth_context/required",keyword:"required",params:{missingProperty: "identity_provider_id"},message:"must have required property '"+"identity_provider_id"+"'",schema:schema38.properties.auth_context.required,parentSchema:schema38.properties.auth_context,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key3 in data3){
if(!(((key3 === "id") || (key3 === "ac_id")) || (key3 === "identity_provider_id"))){
const err12 = {instancePath:instancePath+"/auth_context",schemaPath:"#/properties/auth_context/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.auth_context,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.id !== undefined){
let data4 = data3.id;
if(typeof data4 !== "string"){
const err13 = {instancePath:instancePath+"/auth_context/id",schemaPath:"#/properties/auth_context/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.auth_context.properties.id.type,parentSchema:schema38.properties.auth_context.properties.id,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.ac_id !== undefined){
let data5 = data3.ac_id;
if(typeof data5 !== "string"){
const err14 = {instancePath:instancePath+"/auth_context/ac_id",schemaPath:"#/properties/auth_context/properties/ac_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.auth_context.properties.ac_id.type,parentSchema:schema38.properties.auth_context.properties.ac_id,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.identity_provider_id !== undefined){
let data6 = data3.identity_provider_id;
if(typeof data6 !== "string"){
const err15 = {instancePath:instancePath+"/auth_context/identity_provider_id",schemaPath:"#/properties/auth_context/properties/identity_provider_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.auth_context.properties.identity_provider_id.type,parentSchema:schema38.properties.auth_context.properties.identity_provider_id,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/auth_context",schemaPath:"#/properties/auth_context/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.auth_context.type,parentSchema:schema38.properties.auth_context,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.auth_method !== undefined){
let data7 = data.auth_method;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.auth_method === undefined){
const err17 = {instancePath:instancePath+"/auth_method",schemaPath:"#/properties/auth_method/required",keyword:"required",params:{missingProperty: "auth_method"},message:"must have required property '"+"auth_method"+"'",schema:schema38.properties.auth_method.required,parentSchema:schema38.properties.auth_method,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key4 in data7){
if(!(key4 === "auth_method")){
const err18 = {instancePath:instancePath+"/auth_method",schemaPath:"#/properties/auth_method/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.auth_method,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data7.auth_method !== undefined){
let data8 = data7.auth_method;
if(typeof data8 !== "string"){
const err19 = {instancePath:instancePath+"/auth_method/auth_method",schemaPath:"#/properties/auth_method/properties/auth_method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.auth_method.properties.auth_method.type,parentSchema:schema38.properties.auth_method.properties.auth_method,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/auth_method",schemaPath:"#/properties/auth_method/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.auth_method.type,parentSchema:schema38.properties.auth_method,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.azureAD !== undefined){
let data9 = data.azureAD;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.id === undefined){
const err21 = {instancePath:instancePath+"/azureAD",schemaPath:"#/properties/azureAD/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema38.properties.azureAD.required,parentSchema:schema38.properties.azureAD,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data9.identity_provider_id === undefined){
const err22 = {instancePath:instancePath+"/azureAD",schemaPath:"#/properties/azureAD/required",keyword:"required",params:{missingProperty: "identity_provider_id"},message:"must have required property '"+"identity_provider_id"+"'",schema:schema38.properties.azureAD.required,parentSchema:schema38.properties.azureAD,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key5 in data9){
if(!((key5 === "id") || (key5 === "identity_provider_id"))){
const err23 = {instancePath:instancePath+"/azureAD",schemaPath:"#/properties/azureAD/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.azureAD,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data9.id !== undefined){
let data10 = data9.id;
if(typeof data10 !== "string"){
const err24 = {instancePath:instancePath+"/azureAD/id",schemaPath:"#/properties/azureAD/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.azureAD.properties.id.type,parentSchema:schema38.properties.azureAD.properties.id,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data9.identity_provider_id !== undefined){
let data11 = data9.identity_provider_id;
if(typeof data11 !== "string"){
const err25 = {instancePath:instancePath+"/azureAD/identity_provider_id",schemaPath:"#/properties/azureAD/properties/identity_provider_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.azureAD.properties.identity_provider_id.type,parentSchema:schema38.properties.azureAD.properties.identity_provider_id,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/azureAD",schemaPath:"#/properties/azureAD/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.azureAD.type,parentSchema:schema38.properties.azureAD,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.certificate !== undefined){
let data12 = data.certificate;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key6 in data12){
const err27 = {instancePath:instancePath+"/certificate",schemaPath:"#/properties/certificate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.certificate,data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/certificate",schemaPath:"#/properties/certificate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.certificate.type,parentSchema:schema38.properties.certificate,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.common_name !== undefined){
let data13 = data.common_name;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.common_name === undefined){
const err29 = {instancePath:instancePath+"/common_name",schemaPath:"#/properties/common_name/required",keyword:"required",params:{missingProperty: "common_name"},message:"must have required property '"+"common_name"+"'",schema:schema38.properties.common_name.required,parentSchema:schema38.properties.common_name,data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key7 in data13){
if(!(key7 === "common_name")){
const err30 = {instancePath:instancePath+"/common_name",schemaPath:"#/properties/common_name/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.common_name,data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data13.common_name !== undefined){
let data14 = data13.common_name;
if(typeof data14 !== "string"){
const err31 = {instancePath:instancePath+"/common_name/common_name",schemaPath:"#/properties/common_name/properties/common_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.common_name.properties.common_name.type,parentSchema:schema38.properties.common_name.properties.common_name,data:data14};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/common_name",schemaPath:"#/properties/common_name/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.common_name.type,parentSchema:schema38.properties.common_name,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.geo !== undefined){
let data15 = data.geo;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.country_code === undefined){
const err33 = {instancePath:instancePath+"/geo",schemaPath:"#/properties/geo/required",keyword:"required",params:{missingProperty: "country_code"},message:"must have required property '"+"country_code"+"'",schema:schema38.properties.geo.required,parentSchema:schema38.properties.geo,data:data15};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key8 in data15){
if(!(key8 === "country_code")){
const err34 = {instancePath:instancePath+"/geo",schemaPath:"#/properties/geo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.geo,data:data15};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data15.country_code !== undefined){
let data16 = data15.country_code;
if(typeof data16 !== "string"){
const err35 = {instancePath:instancePath+"/geo/country_code",schemaPath:"#/properties/geo/properties/country_code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.geo.properties.country_code.type,parentSchema:schema38.properties.geo.properties.country_code,data:data16};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/geo",schemaPath:"#/properties/geo/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.geo.type,parentSchema:schema38.properties.geo,data:data15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.device_posture !== undefined){
let data17 = data.device_posture;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.integration_uid === undefined){
const err37 = {instancePath:instancePath+"/device_posture",schemaPath:"#/properties/device_posture/required",keyword:"required",params:{missingProperty: "integration_uid"},message:"must have required property '"+"integration_uid"+"'",schema:schema38.properties.device_posture.required,parentSchema:schema38.properties.device_posture,data:data17};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key9 in data17){
if(!((key9 === "integration_uid") || (key9 === "account_id"))){
const err38 = {instancePath:instancePath+"/device_posture",schemaPath:"#/properties/device_posture/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.device_posture,data:data17};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data17.integration_uid !== undefined){
let data18 = data17.integration_uid;
if(typeof data18 !== "string"){
const err39 = {instancePath:instancePath+"/device_posture/integration_uid",schemaPath:"#/properties/device_posture/properties/integration_uid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.device_posture.properties.integration_uid.type,parentSchema:schema38.properties.device_posture.properties.integration_uid,data:data18};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data17.account_id !== undefined){
let data19 = data17.account_id;
if(typeof data19 !== "string"){
const err40 = {instancePath:instancePath+"/device_posture/account_id",schemaPath:"#/properties/device_posture/properties/account_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.device_posture.properties.account_id.type,parentSchema:schema38.properties.device_posture.properties.account_id,data:data19};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/device_posture",schemaPath:"#/properties/device_posture/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.device_posture.type,parentSchema:schema38.properties.device_posture,data:data17};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.email_domain !== undefined){
let data20 = data.email_domain;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.domain === undefined){
const err42 = {instancePath:instancePath+"/email_domain",schemaPath:"#/properties/email_domain/required",keyword:"required",params:{missingProperty: "domain"},message:"must have required property '"+"domain"+"'",schema:schema38.properties.email_domain.required,parentSchema:schema38.properties.email_domain,data:data20};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
for(const key10 in data20){
if(!(key10 === "domain")){
const err43 = {instancePath:instancePath+"/email_domain",schemaPath:"#/properties/email_domain/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.email_domain,data:data20};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data20.domain !== undefined){
let data21 = data20.domain;
if(typeof data21 !== "string"){
const err44 = {instancePath:instancePath+"/email_domain/domain",schemaPath:"#/properties/email_domain/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.email_domain.properties.domain.type,parentSchema:schema38.properties.email_domain.properties.domain,data:data21};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/email_domain",schemaPath:"#/properties/email_domain/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.email_domain.type,parentSchema:schema38.properties.email_domain,data:data20};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.email_list !== undefined){
let data22 = data.email_list;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.id === undefined){
const err46 = {instancePath:instancePath+"/email_list",schemaPath:"#/properties/email_list/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema38.properties.email_list.required,parentSchema:schema38.properties.email_list,data:data22};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key11 in data22){
if(!(key11 === "id")){
const err47 = {instancePath:instancePath+"/email_list",schemaPath:"#/properties/email_list/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.email_list,data:data22};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data22.id !== undefined){
let data23 = data22.id;
if(typeof data23 !== "string"){
const err48 = {instancePath:instancePath+"/email_list/id",schemaPath:"#/properties/email_list/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.email_list.properties.id.type,parentSchema:schema38.properties.email_list.properties.id,data:data23};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/email_list",schemaPath:"#/properties/email_list/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.email_list.type,parentSchema:schema38.properties.email_list,data:data22};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.email !== undefined){
let data24 = data.email;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.email === undefined){
const err50 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema38.properties.email.required,parentSchema:schema38.properties.email,data:data24};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key12 in data24){
if(!(key12 === "email")){
const err51 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.email,data:data24};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data24.email !== undefined){
let data25 = data24.email;
if(typeof data25 === "string"){
if(!(formats22.test(data25))){
const err52 = {instancePath:instancePath+"/email/email",schemaPath:"#/properties/email/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema38.properties.email.properties.email,data:data25};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/email/email",schemaPath:"#/properties/email/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.email.properties.email.type,parentSchema:schema38.properties.email.properties.email,data:data25};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.email.type,parentSchema:schema38.properties.email,data:data24};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.everyone !== undefined){
let data26 = data.everyone;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key13 in data26){
const err55 = {instancePath:instancePath+"/everyone",schemaPath:"#/properties/everyone/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.everyone,data:data26};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/everyone",schemaPath:"#/properties/everyone/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.everyone.type,parentSchema:schema38.properties.everyone,data:data26};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.external_evaluation !== undefined){
let data27 = data.external_evaluation;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.evaluate_url === undefined){
const err57 = {instancePath:instancePath+"/external_evaluation",schemaPath:"#/properties/external_evaluation/required",keyword:"required",params:{missingProperty: "evaluate_url"},message:"must have required property '"+"evaluate_url"+"'",schema:schema38.properties.external_evaluation.required,parentSchema:schema38.properties.external_evaluation,data:data27};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data27.keys_url === undefined){
const err58 = {instancePath:instancePath+"/external_evaluation",schemaPath:"#/properties/external_evaluation/required",keyword:"required",params:{missingProperty: "keys_url"},message:"must have required property '"+"keys_url"+"'",schema:schema38.properties.external_evaluation.required,parentSchema:schema38.properties.external_evaluation,data:data27};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
for(const key14 in data27){
if(!((key14 === "evaluate_url") || (key14 === "keys_url"))){
const err59 = {instancePath:instancePath+"/external_evaluation",schemaPath:"#/properties/external_evaluation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.external_evaluation,data:data27};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data27.evaluate_url !== undefined){
let data28 = data27.evaluate_url;
if(typeof data28 !== "string"){
const err60 = {instancePath:instancePath+"/external_evaluation/evaluate_url",schemaPath:"#/properties/external_evaluation/properties/evaluate_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.external_evaluation.properties.evaluate_url.type,parentSchema:schema38.properties.external_evaluation.properties.evaluate_url,data:data28};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data27.keys_url !== undefined){
let data29 = data27.keys_url;
if(typeof data29 !== "string"){
const err61 = {instancePath:instancePath+"/external_evaluation/keys_url",schemaPath:"#/properties/external_evaluation/properties/keys_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.external_evaluation.properties.keys_url.type,parentSchema:schema38.properties.external_evaluation.properties.keys_url,data:data29};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/external_evaluation",schemaPath:"#/properties/external_evaluation/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.external_evaluation.type,parentSchema:schema38.properties.external_evaluation,data:data27};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data["github-organization"] !== undefined){
let data30 = data["github-organization"];
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.identity_provider_id === undefined){
const err63 = {instancePath:instancePath+"/github-organization",schemaPath:"#/properties/github-organization/required",keyword:"required",params:{missingProperty: "identity_provider_id"},message:"must have required property '"+"identity_provider_id"+"'",schema:schema38.properties["github-organization"].required,parentSchema:schema38.properties["github-organization"],data:data30};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data30.name === undefined){
const err64 = {instancePath:instancePath+"/github-organization",schemaPath:"#/properties/github-organization/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema38.properties["github-organization"].required,parentSchema:schema38.properties["github-organization"],data:data30};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
for(const key15 in data30){
if(!(((key15 === "identity_provider_id") || (key15 === "name")) || (key15 === "team"))){
const err65 = {instancePath:instancePath+"/github-organization",schemaPath:"#/properties/github-organization/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties["github-organization"],data:data30};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data30.identity_provider_id !== undefined){
let data31 = data30.identity_provider_id;
if(typeof data31 !== "string"){
const err66 = {instancePath:instancePath+"/github-organization/identity_provider_id",schemaPath:"#/properties/github-organization/properties/identity_provider_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties["github-organization"].properties.identity_provider_id.type,parentSchema:schema38.properties["github-organization"].properties.identity_provider_id,data:data31};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data30.name !== undefined){
let data32 = data30.name;
if(typeof data32 !== "string"){
const err67 = {instancePath:instancePath+"/github-organization/name",schemaPath:"#/properties/github-organization/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties["github-organization"].properties.name.type,parentSchema:schema38.properties["github-organization"].properties.name,data:data32};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data30.team !== undefined){
let data33 = data30.team;
if(typeof data33 !== "string"){
const err68 = {instancePath:instancePath+"/github-organization/team",schemaPath:"#/properties/github-organization/properties/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties["github-organization"].properties.team.type,parentSchema:schema38.properties["github-organization"].properties.team,data:data33};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/github-organization",schemaPath:"#/properties/github-organization/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties["github-organization"].type,parentSchema:schema38.properties["github-organization"],data:data30};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.gsuite !== undefined){
let data34 = data.gsuite;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.email === undefined){
const err70 = {instancePath:instancePath+"/gsuite",schemaPath:"#/properties/gsuite/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema38.properties.gsuite.required,parentSchema:schema38.properties.gsuite,data:data34};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data34.identity_provider_id === undefined){
const err71 = {instancePath:instancePath+"/gsuite",schemaPath:"#/properties/gsuite/required",keyword:"required",params:{missingProperty: "identity_provider_id"},message:"must have required property '"+"identity_provider_id"+"'",schema:schema38.properties.gsuite.required,parentSchema:schema38.properties.gsuite,data:data34};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
for(const key16 in data34){
if(!((key16 === "email") || (key16 === "identity_provider_id"))){
const err72 = {instancePath:instancePath+"/gsuite",schemaPath:"#/properties/gsuite/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.gsuite,data:data34};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data34.email !== undefined){
let data35 = data34.email;
if(typeof data35 !== "string"){
const err73 = {instancePath:instancePath+"/gsuite/email",schemaPath:"#/properties/gsuite/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.gsuite.properties.email.type,parentSchema:schema38.properties.gsuite.properties.email,data:data35};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data34.identity_provider_id !== undefined){
let data36 = data34.identity_provider_id;
if(typeof data36 !== "string"){
const err74 = {instancePath:instancePath+"/gsuite/identity_provider_id",schemaPath:"#/properties/gsuite/properties/identity_provider_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.gsuite.properties.identity_provider_id.type,parentSchema:schema38.properties.gsuite.properties.identity_provider_id,data:data36};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/gsuite",schemaPath:"#/properties/gsuite/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.gsuite.type,parentSchema:schema38.properties.gsuite,data:data34};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.login_method !== undefined){
let data37 = data.login_method;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(data37.id === undefined){
const err76 = {instancePath:instancePath+"/login_method",schemaPath:"#/properties/login_method/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema38.properties.login_method.required,parentSchema:schema38.properties.login_method,data:data37};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
for(const key17 in data37){
if(!(key17 === "id")){
const err77 = {instancePath:instancePath+"/login_method",schemaPath:"#/properties/login_method/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.login_method,data:data37};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data37.id !== undefined){
let data38 = data37.id;
if(typeof data38 !== "string"){
const err78 = {instancePath:instancePath+"/login_method/id",schemaPath:"#/properties/login_method/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.login_method.properties.id.type,parentSchema:schema38.properties.login_method.properties.id,data:data38};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/login_method",schemaPath:"#/properties/login_method/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.login_method.type,parentSchema:schema38.properties.login_method,data:data37};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data.ip_list !== undefined){
let data39 = data.ip_list;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.id === undefined){
const err80 = {instancePath:instancePath+"/ip_list",schemaPath:"#/properties/ip_list/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema38.properties.ip_list.required,parentSchema:schema38.properties.ip_list,data:data39};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
for(const key18 in data39){
if(!(key18 === "id")){
const err81 = {instancePath:instancePath+"/ip_list",schemaPath:"#/properties/ip_list/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.ip_list,data:data39};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data39.id !== undefined){
let data40 = data39.id;
if(typeof data40 !== "string"){
const err82 = {instancePath:instancePath+"/ip_list/id",schemaPath:"#/properties/ip_list/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.ip_list.properties.id.type,parentSchema:schema38.properties.ip_list.properties.id,data:data40};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/ip_list",schemaPath:"#/properties/ip_list/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.ip_list.type,parentSchema:schema38.properties.ip_list,data:data39};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.ip !== undefined){
let data41 = data.ip;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.ip === undefined){
const err84 = {instancePath:instancePath+"/ip",schemaPath:"#/properties/ip/required",keyword:"required",params:{missingProperty: "ip"},message:"must have required property '"+"ip"+"'",schema:schema38.properties.ip.required,parentSchema:schema38.properties.ip,data:data41};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
for(const key19 in data41){
if(!(key19 === "ip")){
const err85 = {instancePath:instancePath+"/ip",schemaPath:"#/properties/ip/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.ip,data:data41};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data41.ip !== undefined){
let data42 = data41.ip;
if(typeof data42 !== "string"){
const err86 = {instancePath:instancePath+"/ip/ip",schemaPath:"#/properties/ip/properties/ip/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.ip.properties.ip.type,parentSchema:schema38.properties.ip.properties.ip,data:data42};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/ip",schemaPath:"#/properties/ip/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.ip.type,parentSchema:schema38.properties.ip,data:data41};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data.okta !== undefined){
let data43 = data.okta;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
if(data43.identity_provider_id === undefined){
const err88 = {instancePath:instancePath+"/okta",schemaPath:"#/properties/okta/required",keyword:"required",params:{missingProperty: "identity_provider_id"},message:"must have required property '"+"identity_provider_id"+"'",schema:schema38.properties.okta.required,parentSchema:schema38.properties.okta,data:data43};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(data43.name === undefined){
const err89 = {instancePath:instancePath+"/okta",schemaPath:"#/properties/okta/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema38.properties.okta.required,parentSchema:schema38.properties.okta,data:data43};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
for(const key20 in data43){
if(!((key20 === "identity_provider_id") || (key20 === "name"))){
const err90 = {instancePath:instancePath+"/okta",schemaPath:"#/properties/okta/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.okta,data:data43};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data43.identity_provider_id !== undefined){
let data44 = data43.identity_provider_id;
if(typeof data44 !== "string"){
const err91 = {instancePath:instancePath+"/okta/identity_provider_id",schemaPath:"#/properties/okta/properties/identity_provider_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.okta.properties.identity_provider_id.type,parentSchema:schema38.properties.okta.properties.identity_provider_id,data:data44};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data43.name !== undefined){
let data45 = data43.name;
if(typeof data45 !== "string"){
const err92 = {instancePath:instancePath+"/okta/name",schemaPath:"#/properties/okta/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.okta.properties.name.type,parentSchema:schema38.properties.okta.properties.name,data:data45};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
else {
const err93 = {instancePath:instancePath+"/okta",schemaPath:"#/properties/okta/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.okta.type,parentSchema:schema38.properties.okta,data:data43};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data.saml !== undefined){
let data46 = data.saml;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
if(data46.attribute_name === undefined){
const err94 = {instancePath:instancePath+"/saml",schemaPath:"#/properties/saml/required",keyword:"required",params:{missingProperty: "attribute_name"},message:"must have required property '"+"attribute_name"+"'",schema:schema38.properties.saml.required,parentSchema:schema38.properties.saml,data:data46};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data46.attribute_value === undefined){
const err95 = {instancePath:instancePath+"/saml",schemaPath:"#/properties/saml/required",keyword:"required",params:{missingProperty: "attribute_value"},message:"must have required property '"+"attribute_value"+"'",schema:schema38.properties.saml.required,parentSchema:schema38.properties.saml,data:data46};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data46.identity_provider_id === undefined){
const err96 = {instancePath:instancePath+"/saml",schemaPath:"#/properties/saml/required",keyword:"required",params:{missingProperty: "identity_provider_id"},message:"must have required property '"+"identity_provider_id"+"'",schema:schema38.properties.saml.required,parentSchema:schema38.properties.saml,data:data46};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
for(const key21 in data46){
if(!(((key21 === "attribute_name") || (key21 === "attribute_value")) || (key21 === "identity_provider_id"))){
const err97 = {instancePath:instancePath+"/saml",schemaPath:"#/properties/saml/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.saml,data:data46};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data46.attribute_name !== undefined){
let data47 = data46.attribute_name;
if(typeof data47 !== "string"){
const err98 = {instancePath:instancePath+"/saml/attribute_name",schemaPath:"#/properties/saml/properties/attribute_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.saml.properties.attribute_name.type,parentSchema:schema38.properties.saml.properties.attribute_name,data:data47};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data46.attribute_value !== undefined){
let data48 = data46.attribute_value;
if(typeof data48 !== "string"){
const err99 = {instancePath:instancePath+"/saml/attribute_value",schemaPath:"#/properties/saml/properties/attribute_value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.saml.properties.attribute_value.type,parentSchema:schema38.properties.saml.properties.attribute_value,data:data48};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data46.identity_provider_id !== undefined){
let data49 = data46.identity_provider_id;
if(typeof data49 !== "string"){
const err100 = {instancePath:instancePath+"/saml/identity_provider_id",schemaPath:"#/properties/saml/properties/identity_provider_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.saml.properties.identity_provider_id.type,parentSchema:schema38.properties.saml.properties.identity_provider_id,data:data49};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
else {
const err101 = {instancePath:instancePath+"/saml",schemaPath:"#/properties/saml/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.saml.type,parentSchema:schema38.properties.saml,data:data46};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data.oidc !== undefined){
let data50 = data.oidc;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
if(data50.claim_name === undefined){
const err102 = {instancePath:instancePath+"/oidc",schemaPath:"#/properties/oidc/required",keyword:"required",params:{missingProperty: "claim_name"},message:"must have required property '"+"claim_name"+"'",schema:schema38.properties.oidc.required,parentSchema:schema38.properties.oidc,data:data50};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(data50.claim_value === undefined){
const err103 = {instancePath:instancePath+"/oidc",schemaPath:"#/properties/oidc/required",keyword:"required",params:{missingProperty: "claim_value"},message:"must have required property '"+"claim_value"+"'",schema:schema38.properties.oidc.required,parentSchema:schema38.properties.oidc,data:data50};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(data50.identity_provider_id === undefined){
const err104 = {instancePath:instancePath+"/oidc",schemaPath:"#/properties/oidc/required",keyword:"required",params:{missingProperty: "identity_provider_id"},message:"must have required property '"+"identity_provider_id"+"'",schema:schema38.properties.oidc.required,parentSchema:schema38.properties.oidc,data:data50};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
for(const key22 in data50){
if(!(((key22 === "claim_name") || (key22 === "claim_value")) || (key22 === "identity_provider_id"))){
const err105 = {instancePath:instancePath+"/oidc",schemaPath:"#/properties/oidc/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.oidc,data:data50};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data50.claim_name !== undefined){
let data51 = data50.claim_name;
if(typeof data51 !== "string"){
const err106 = {instancePath:instancePath+"/oidc/claim_name",schemaPath:"#/properties/oidc/properties/claim_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.oidc.properties.claim_name.type,parentSchema:schema38.properties.oidc.properties.claim_name,data:data51};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data50.claim_value !== undefined){
let data52 = data50.claim_value;
if(typeof data52 !== "string"){
const err107 = {instancePath:instancePath+"/oidc/claim_value",schemaPath:"#/properties/oidc/properties/claim_value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.oidc.properties.claim_value.type,parentSchema:schema38.properties.oidc.properties.claim_value,data:data52};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data50.identity_provider_id !== undefined){
let data53 = data50.identity_provider_id;
if(typeof data53 !== "string"){
const err108 = {instancePath:instancePath+"/oidc/identity_provider_id",schemaPath:"#/properties/oidc/properties/identity_provider_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.oidc.properties.identity_provider_id.type,parentSchema:schema38.properties.oidc.properties.identity_provider_id,data:data53};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
else {
const err109 = {instancePath:instancePath+"/oidc",schemaPath:"#/properties/oidc/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.oidc.type,parentSchema:schema38.properties.oidc,data:data50};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data.service_token !== undefined){
let data54 = data.service_token;
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
if(data54.token_id === undefined){
const err110 = {instancePath:instancePath+"/service_token",schemaPath:"#/properties/service_token/required",keyword:"required",params:{missingProperty: "token_id"},message:"must have required property '"+"token_id"+"'",schema:schema38.properties.service_token.required,parentSchema:schema38.properties.service_token,data:data54};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
for(const key23 in data54){
if(!(key23 === "token_id")){
const err111 = {instancePath:instancePath+"/service_token",schemaPath:"#/properties/service_token/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.service_token,data:data54};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data54.token_id !== undefined){
let data55 = data54.token_id;
if(typeof data55 !== "string"){
const err112 = {instancePath:instancePath+"/service_token/token_id",schemaPath:"#/properties/service_token/properties/token_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.service_token.properties.token_id.type,parentSchema:schema38.properties.service_token.properties.token_id,data:data55};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
else {
const err113 = {instancePath:instancePath+"/service_token",schemaPath:"#/properties/service_token/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.service_token.type,parentSchema:schema38.properties.service_token,data:data54};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data.linked_app_token !== undefined){
let data56 = data.linked_app_token;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
if(data56.app_uid === undefined){
const err114 = {instancePath:instancePath+"/linked_app_token",schemaPath:"#/properties/linked_app_token/required",keyword:"required",params:{missingProperty: "app_uid"},message:"must have required property '"+"app_uid"+"'",schema:schema38.properties.linked_app_token.required,parentSchema:schema38.properties.linked_app_token,data:data56};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
for(const key24 in data56){
if(!(key24 === "app_uid")){
const err115 = {instancePath:instancePath+"/linked_app_token",schemaPath:"#/properties/linked_app_token/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.linked_app_token,data:data56};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data56.app_uid !== undefined){
let data57 = data56.app_uid;
if(typeof data57 !== "string"){
const err116 = {instancePath:instancePath+"/linked_app_token/app_uid",schemaPath:"#/properties/linked_app_token/properties/app_uid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.linked_app_token.properties.app_uid.type,parentSchema:schema38.properties.linked_app_token.properties.app_uid,data:data57};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
else {
const err117 = {instancePath:instancePath+"/linked_app_token",schemaPath:"#/properties/linked_app_token/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.linked_app_token.type,parentSchema:schema38.properties.linked_app_token,data:data56};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data.user_risk_score !== undefined){
let data58 = data.user_risk_score;
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
if(data58.user_risk_score === undefined){
const err118 = {instancePath:instancePath+"/user_risk_score",schemaPath:"#/properties/user_risk_score/required",keyword:"required",params:{missingProperty: "user_risk_score"},message:"must have required property '"+"user_risk_score"+"'",schema:schema38.properties.user_risk_score.required,parentSchema:schema38.properties.user_risk_score,data:data58};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
for(const key25 in data58){
if(!(key25 === "user_risk_score")){
const err119 = {instancePath:instancePath+"/user_risk_score",schemaPath:"#/properties/user_risk_score/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.user_risk_score,data:data58};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data58.user_risk_score !== undefined){
let data59 = data58.user_risk_score;
if(Array.isArray(data59)){
const len0 = data59.length;
for(let i0=0; i0<len0; i0++){
let data60 = data59[i0];
if(typeof data60 !== "string"){
const err120 = {instancePath:instancePath+"/user_risk_score/user_risk_score/" + i0,schemaPath:"#/properties/user_risk_score/properties/user_risk_score/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.user_risk_score.properties.user_risk_score.items.type,parentSchema:schema38.properties.user_risk_score.properties.user_risk_score.items,data:data60};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(!((((data60 === "low") || (data60 === "medium")) || (data60 === "high")) || (data60 === "unscored"))){
const err121 = {instancePath:instancePath+"/user_risk_score/user_risk_score/" + i0,schemaPath:"#/properties/user_risk_score/properties/user_risk_score/items/enum",keyword:"enum",params:{allowedValues: schema38.properties.user_risk_score.properties.user_risk_score.items.enum},message:"must be equal to one of the allowed values",schema:schema38.properties.user_risk_score.properties.user_risk_score.items.enum,parentSchema:schema38.properties.user_risk_score.properties.user_risk_score.items,data:data60};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
else {
const err122 = {instancePath:instancePath+"/user_risk_score/user_risk_score",schemaPath:"#/properties/user_risk_score/properties/user_risk_score/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.user_risk_score.properties.user_risk_score.type,parentSchema:schema38.properties.user_risk_score.properties.user_risk_score,data:data59};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
else {
const err123 = {instancePath:instancePath+"/user_risk_score",schemaPath:"#/properties/user_risk_score/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.user_risk_score.type,parentSchema:schema38.properties.user_risk_score,data:data58};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data.cloudflare_account_member !== undefined){
let data61 = data.cloudflare_account_member;
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
for(const key26 in data61){
if(!(key26 === "account_id")){
const err124 = {instancePath:instancePath+"/cloudflare_account_member",schemaPath:"#/properties/cloudflare_account_member/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.cloudflare_account_member,data:data61};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data61.account_id !== undefined){
let data62 = data61.account_id;
if(typeof data62 !== "string"){
const err125 = {instancePath:instancePath+"/cloudflare_account_member/account_id",schemaPath:"#/properties/cloudflare_account_member/properties/account_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.cloudflare_account_member.properties.account_id.type,parentSchema:schema38.properties.cloudflare_account_member.properties.account_id,data:data62};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
}
else {
const err126 = {instancePath:instancePath+"/cloudflare_account_member",schemaPath:"#/properties/cloudflare_account_member/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.cloudflare_account_member.type,parentSchema:schema38.properties.cloudflare_account_member,data:data61};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
}
else {
const err127 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
validate87.errors = vErrors;
return errors === 0;
}

const v22 = validate88;
const schema39 = {"type":"object","additionalProperties":false,"required":["approvals_needed"],"properties":{"approvals_needed":{"type":"integer","minimum":0},"email_addresses":{"type":"array","items":{"type":"string"}},"email_list_uuid":{"type":"string"}}};

function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.approvals_needed === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "approvals_needed"},message:"must have required property '"+"approvals_needed"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "approvals_needed") || (key0 === "email_addresses")) || (key0 === "email_list_uuid"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.approvals_needed !== undefined){
let data0 = data.approvals_needed;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/approvals_needed",schemaPath:"#/properties/approvals_needed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.approvals_needed.type,parentSchema:schema39.properties.approvals_needed,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/approvals_needed",schemaPath:"#/properties/approvals_needed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema39.properties.approvals_needed,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.email_addresses !== undefined){
let data1 = data.email_addresses;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/email_addresses/" + i0,schemaPath:"#/properties/email_addresses/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.email_addresses.items.type,parentSchema:schema39.properties.email_addresses.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/email_addresses",schemaPath:"#/properties/email_addresses/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.email_addresses.type,parentSchema:schema39.properties.email_addresses,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.email_list_uuid !== undefined){
let data3 = data.email_list_uuid;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/email_list_uuid",schemaPath:"#/properties/email_list_uuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.email_list_uuid.type,parentSchema:schema39.properties.email_list_uuid,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate88.errors = vErrors;
return errors === 0;
}

const v23 = validate89;
const schema40 = {"type":"object","additionalProperties":false,"required":[],"properties":{"allowed_authenticators":{"type":"array","items":{"type":"string","enum":["totp","biometrics","security_key"]}},"mfa_disabled":{"type":"boolean"},"session_duration":{"type":"string","pattern":"^([0-9]+(\\.[0-9]+)?(m|h))+$"}}};
const pattern8 = new RegExp("^([0-9]+(\\.[0-9]+)?(m|h))+$", "u");

function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "allowed_authenticators") || (key0 === "mfa_disabled")) || (key0 === "session_duration"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.allowed_authenticators !== undefined){
let data0 = data.allowed_authenticators;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/allowed_authenticators/" + i0,schemaPath:"#/properties/allowed_authenticators/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.allowed_authenticators.items.type,parentSchema:schema40.properties.allowed_authenticators.items,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((data1 === "totp") || (data1 === "biometrics")) || (data1 === "security_key"))){
const err2 = {instancePath:instancePath+"/allowed_authenticators/" + i0,schemaPath:"#/properties/allowed_authenticators/items/enum",keyword:"enum",params:{allowedValues: schema40.properties.allowed_authenticators.items.enum},message:"must be equal to one of the allowed values",schema:schema40.properties.allowed_authenticators.items.enum,parentSchema:schema40.properties.allowed_authenticators.items,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/allowed_authenticators",schemaPath:"#/properties/allowed_authenticators/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.properties.allowed_authenticators.type,parentSchema:schema40.properties.allowed_authenticators,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.mfa_disabled !== undefined){
let data2 = data.mfa_disabled;
if(typeof data2 !== "boolean"){
const err4 = {instancePath:instancePath+"/mfa_disabled",schemaPath:"#/properties/mfa_disabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema40.properties.mfa_disabled.type,parentSchema:schema40.properties.mfa_disabled,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.session_duration !== undefined){
let data3 = data.session_duration;
if(typeof data3 === "string"){
if(!pattern8.test(data3)){
const err5 = {instancePath:instancePath+"/session_duration",schemaPath:"#/properties/session_duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(m|h))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(m|h))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(m|h))+$",parentSchema:schema40.properties.session_duration,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/session_duration",schemaPath:"#/properties/session_duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.session_duration.type,parentSchema:schema40.properties.session_duration,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate89.errors = vErrors;
return errors === 0;
}

const v24 = validate90;
const schema41 = {"type":"object","additionalProperties":false,"required":[],"properties":{"rdp":{"type":"object","additionalProperties":false,"required":[],"properties":{"allowed_clipboard_local_to_remote_formats":{"type":"array","items":{"type":"string","enum":["text","file"]}},"allowed_clipboard_remote_to_local_formats":{"type":"array","items":{"type":"string","enum":["text","file"]}}}}}};

function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "rdp")){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.rdp !== undefined){
let data0 = data.rdp;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
if(!((key1 === "allowed_clipboard_local_to_remote_formats") || (key1 === "allowed_clipboard_remote_to_local_formats"))){
const err1 = {instancePath:instancePath+"/rdp",schemaPath:"#/properties/rdp/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.rdp,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.allowed_clipboard_local_to_remote_formats !== undefined){
let data1 = data0.allowed_clipboard_local_to_remote_formats;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
const err2 = {instancePath:instancePath+"/rdp/allowed_clipboard_local_to_remote_formats/" + i0,schemaPath:"#/properties/rdp/properties/allowed_clipboard_local_to_remote_formats/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.rdp.properties.allowed_clipboard_local_to_remote_formats.items.type,parentSchema:schema41.properties.rdp.properties.allowed_clipboard_local_to_remote_formats.items,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((data2 === "text") || (data2 === "file"))){
const err3 = {instancePath:instancePath+"/rdp/allowed_clipboard_local_to_remote_formats/" + i0,schemaPath:"#/properties/rdp/properties/allowed_clipboard_local_to_remote_formats/items/enum",keyword:"enum",params:{allowedValues: schema41.properties.rdp.properties.allowed_clipboard_local_to_remote_formats.items.enum},message:"must be equal to one of the allowed values",schema:schema41.properties.rdp.properties.allowed_clipboard_local_to_remote_formats.items.enum,parentSchema:schema41.properties.rdp.properties.allowed_clipboard_local_to_remote_formats.items,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/rdp/allowed_clipboard_local_to_remote_formats",schemaPath:"#/properties/rdp/properties/allowed_clipboard_local_to_remote_formats/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.rdp.properties.allowed_clipboard_local_to_remote_formats.type,parentSchema:schema41.properties.rdp.properties.allowed_clipboard_local_to_remote_formats,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.allowed_clipboard_remote_to_local_formats !== undefined){
let data3 = data0.allowed_clipboard_remote_to_local_formats;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/rdp/allowed_clipboard_remote_to_local_formats/" + i1,schemaPath:"#/properties/rdp/properties/allowed_clipboard_remote_to_local_formats/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.rdp.properties.allowed_clipboard_remote_to_local_formats.items.type,parentSchema:schema41.properties.rdp.properties.allowed_clipboard_remote_to_local_formats.items,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((data4 === "text") || (data4 === "file"))){
const err6 = {instancePath:instancePath+"/rdp/allowed_clipboard_remote_to_local_formats/" + i1,schemaPath:"#/properties/rdp/properties/allowed_clipboard_remote_to_local_formats/items/enum",keyword:"enum",params:{allowedValues: schema41.properties.rdp.properties.allowed_clipboard_remote_to_local_formats.items.enum},message:"must be equal to one of the allowed values",schema:schema41.properties.rdp.properties.allowed_clipboard_remote_to_local_formats.items.enum,parentSchema:schema41.properties.rdp.properties.allowed_clipboard_remote_to_local_formats.items,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/rdp/allowed_clipboard_remote_to_local_formats",schemaPath:"#/properties/rdp/properties/allowed_clipboard_remote_to_local_formats/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.rdp.properties.allowed_clipboard_remote_to_local_formats.type,parentSchema:schema41.properties.rdp.properties.allowed_clipboard_remote_to_local_formats,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/rdp",schemaPath:"#/properties/rdp/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.rdp.type,parentSchema:schema41.properties.rdp,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate90.errors = vErrors;
return errors === 0;
}

const v25 = validate91;
const schema42 = {"type":"object","additionalProperties":false,"required":["name","decision","include"],"properties":{"name":{"type":"string","minLength":1,"maxLength":350},"decision":{"type":"string","enum":["allow","deny","non_identity","bypass"]},"include":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/Rule"}},"exclude":{"type":"array","items":{"$ref":"#/definitions/Rule"}},"require":{"type":"array","items":{"$ref":"#/definitions/Rule"}},"session_duration":{"oneOf":[{"type":"string","pattern":"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},{"type":"null"}],"description":"Go duration (300ms, 2h45m); null: the application's."},"approval_required":{"type":"boolean"},"approval_groups":{"type":"array","items":{"$ref":"#/definitions/ApprovalGroup"}},"purpose_justification_required":{"type":"boolean"},"purpose_justification_prompt":{"type":"string"},"isolation_required":{"type":"boolean"},"mfa_config":{"$ref":"#/definitions/MfaConfig"},"connection_rules":{"$ref":"#/definitions/ConnectionRules"}}};
const pattern9 = new RegExp("^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$", "u");

function validate91(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.decision === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decision"},message:"must have required property '"+"decision"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.include === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "include"},message:"must have required property '"+"include"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func7.call(schema42.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 350){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 350},message:"must NOT have more than 350 characters",schema:350,parentSchema:schema42.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data0) < 1){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.name.type,parentSchema:schema42.properties.name,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.decision !== undefined){
let data1 = data.decision;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.decision.type,parentSchema:schema42.properties.decision,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((((data1 === "allow") || (data1 === "deny")) || (data1 === "non_identity")) || (data1 === "bypass"))){
const err8 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/enum",keyword:"enum",params:{allowedValues: schema42.properties.decision.enum},message:"must be equal to one of the allowed values",schema:schema42.properties.decision.enum,parentSchema:schema42.properties.decision,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.include !== undefined){
let data2 = data.include;
if(Array.isArray(data2)){
if(data2.length < 1){
const err9 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema42.properties.include,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate87(data2[i0], {instancePath:instancePath+"/include/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.include.type,parentSchema:schema42.properties.include,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.exclude !== undefined){
let data4 = data.exclude;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(!(validate87(data4[i1], {instancePath:instancePath+"/exclude/" + i1,parentData:data4,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/exclude",schemaPath:"#/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.exclude.type,parentSchema:schema42.properties.exclude,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.require !== undefined){
let data6 = data.require;
if(Array.isArray(data6)){
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
if(!(validate87(data6[i2], {instancePath:instancePath+"/require/" + i2,parentData:data6,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/require",schemaPath:"#/properties/require/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.require.type,parentSchema:schema42.properties.require,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.session_duration !== undefined){
let data8 = data.session_duration;
const _errs16 = errors;
let valid7 = false;
let passing0 = null;
const _errs17 = errors;
if(typeof data8 === "string"){
if(!pattern9.test(data8)){
const err13 = {instancePath:instancePath+"/session_duration",schemaPath:"#/properties/session_duration/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$",parentSchema:schema42.properties.session_duration.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/session_duration",schemaPath:"#/properties/session_duration/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.session_duration.oneOf[0].type,parentSchema:schema42.properties.session_duration.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs17 === errors;
if(_valid0){
valid7 = true;
passing0 = 0;
}
const _errs19 = errors;
if(data8 !== null){
const err15 = {instancePath:instancePath+"/session_duration",schemaPath:"#/properties/session_duration/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema42.properties.session_duration.oneOf[1].type,parentSchema:schema42.properties.session_duration.oneOf[1],data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs19 === errors;
if(_valid0 && valid7){
valid7 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid7 = true;
passing0 = 1;
}
}
if(!valid7){
const err16 = {instancePath:instancePath+"/session_duration",schemaPath:"#/properties/session_duration/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema42.properties.session_duration.oneOf,parentSchema:schema42.properties.session_duration,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
}
if(data.approval_required !== undefined){
let data9 = data.approval_required;
if(typeof data9 !== "boolean"){
const err17 = {instancePath:instancePath+"/approval_required",schemaPath:"#/properties/approval_required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema42.properties.approval_required.type,parentSchema:schema42.properties.approval_required,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.approval_groups !== undefined){
let data10 = data.approval_groups;
if(Array.isArray(data10)){
const len3 = data10.length;
for(let i3=0; i3<len3; i3++){
if(!(validate88(data10[i3], {instancePath:instancePath+"/approval_groups/" + i3,parentData:data10,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/approval_groups",schemaPath:"#/properties/approval_groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.approval_groups.type,parentSchema:schema42.properties.approval_groups,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.purpose_justification_required !== undefined){
let data12 = data.purpose_justification_required;
if(typeof data12 !== "boolean"){
const err19 = {instancePath:instancePath+"/purpose_justification_required",schemaPath:"#/properties/purpose_justification_required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema42.properties.purpose_justification_required.type,parentSchema:schema42.properties.purpose_justification_required,data:data12};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.purpose_justification_prompt !== undefined){
let data13 = data.purpose_justification_prompt;
if(typeof data13 !== "string"){
const err20 = {instancePath:instancePath+"/purpose_justification_prompt",schemaPath:"#/properties/purpose_justification_prompt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.purpose_justification_prompt.type,parentSchema:schema42.properties.purpose_justification_prompt,data:data13};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.isolation_required !== undefined){
let data14 = data.isolation_required;
if(typeof data14 !== "boolean"){
const err21 = {instancePath:instancePath+"/isolation_required",schemaPath:"#/properties/isolation_required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema42.properties.isolation_required.type,parentSchema:schema42.properties.isolation_required,data:data14};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.mfa_config !== undefined){
if(!(validate89(data.mfa_config, {instancePath:instancePath+"/mfa_config",parentData:data,parentDataProperty:"mfa_config",rootData}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
if(data.connection_rules !== undefined){
if(!(validate90(data.connection_rules, {instancePath:instancePath+"/connection_rules",parentData:data,parentDataProperty:"connection_rules",rootData}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate91.errors = vErrors;
return errors === 0;
}

const v26 = validate98;
const schema43 = {"type":"object","additionalProperties":false,"required":["name","decision","include"],"description":"PUT body; a full update.","properties":{"name":{"type":"string","minLength":1,"maxLength":350},"decision":{"type":"string","enum":["allow","deny","non_identity","bypass"]},"include":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/Rule"}},"exclude":{"type":"array","items":{"$ref":"#/definitions/Rule"}},"require":{"type":"array","items":{"$ref":"#/definitions/Rule"}},"session_duration":{"oneOf":[{"type":"string","pattern":"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},{"type":"null"}],"description":"Go duration (300ms, 2h45m); null: the application's."},"approval_required":{"type":"boolean"},"approval_groups":{"type":"array","items":{"$ref":"#/definitions/ApprovalGroup"}},"purpose_justification_required":{"type":"boolean"},"purpose_justification_prompt":{"type":"string"},"isolation_required":{"type":"boolean"},"mfa_config":{"$ref":"#/definitions/MfaConfig"},"connection_rules":{"$ref":"#/definitions/ConnectionRules"}}};

function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema43.required,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.decision === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decision"},message:"must have required property '"+"decision"+"'",schema:schema43.required,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.include === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "include"},message:"must have required property '"+"include"+"'",schema:schema43.required,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func7.call(schema43.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 350){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 350},message:"must NOT have more than 350 characters",schema:350,parentSchema:schema43.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data0) < 1){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43.properties.name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.name.type,parentSchema:schema43.properties.name,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.decision !== undefined){
let data1 = data.decision;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.decision.type,parentSchema:schema43.properties.decision,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((((data1 === "allow") || (data1 === "deny")) || (data1 === "non_identity")) || (data1 === "bypass"))){
const err8 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/enum",keyword:"enum",params:{allowedValues: schema43.properties.decision.enum},message:"must be equal to one of the allowed values",schema:schema43.properties.decision.enum,parentSchema:schema43.properties.decision,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.include !== undefined){
let data2 = data.include;
if(Array.isArray(data2)){
if(data2.length < 1){
const err9 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema43.properties.include,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate87(data2[i0], {instancePath:instancePath+"/include/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.include.type,parentSchema:schema43.properties.include,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.exclude !== undefined){
let data4 = data.exclude;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(!(validate87(data4[i1], {instancePath:instancePath+"/exclude/" + i1,parentData:data4,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/exclude",schemaPath:"#/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.exclude.type,parentSchema:schema43.properties.exclude,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.require !== undefined){
let data6 = data.require;
if(Array.isArray(data6)){
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
if(!(validate87(data6[i2], {instancePath:instancePath+"/require/" + i2,parentData:data6,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/require",schemaPath:"#/properties/require/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.require.type,parentSchema:schema43.properties.require,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.session_duration !== undefined){
let data8 = data.session_duration;
const _errs16 = errors;
let valid7 = false;
let passing0 = null;
const _errs17 = errors;
if(typeof data8 === "string"){
if(!pattern9.test(data8)){
const err13 = {instancePath:instancePath+"/session_duration",schemaPath:"#/properties/session_duration/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$",parentSchema:schema43.properties.session_duration.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/session_duration",schemaPath:"#/properties/session_duration/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.session_duration.oneOf[0].type,parentSchema:schema43.properties.session_duration.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs17 === errors;
if(_valid0){
valid7 = true;
passing0 = 0;
}
const _errs19 = errors;
if(data8 !== null){
const err15 = {instancePath:instancePath+"/session_duration",schemaPath:"#/properties/session_duration/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema43.properties.session_duration.oneOf[1].type,parentSchema:schema43.properties.session_duration.oneOf[1],data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs19 === errors;
if(_valid0 && valid7){
valid7 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid7 = true;
passing0 = 1;
}
}
if(!valid7){
const err16 = {instancePath:instancePath+"/session_duration",schemaPath:"#/properties/session_duration/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema43.properties.session_duration.oneOf,parentSchema:schema43.properties.session_duration,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
}
if(data.approval_required !== undefined){
let data9 = data.approval_required;
if(typeof data9 !== "boolean"){
const err17 = {instancePath:instancePath+"/approval_required",schemaPath:"#/properties/approval_required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.properties.approval_required.type,parentSchema:schema43.properties.approval_required,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.approval_groups !== undefined){
let data10 = data.approval_groups;
if(Array.isArray(data10)){
const len3 = data10.length;
for(let i3=0; i3<len3; i3++){
if(!(validate88(data10[i3], {instancePath:instancePath+"/approval_groups/" + i3,parentData:data10,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/approval_groups",schemaPath:"#/properties/approval_groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.approval_groups.type,parentSchema:schema43.properties.approval_groups,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.purpose_justification_required !== undefined){
let data12 = data.purpose_justification_required;
if(typeof data12 !== "boolean"){
const err19 = {instancePath:instancePath+"/purpose_justification_required",schemaPath:"#/properties/purpose_justification_required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.properties.purpose_justification_required.type,parentSchema:schema43.properties.purpose_justification_required,data:data12};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.purpose_justification_prompt !== undefined){
let data13 = data.purpose_justification_prompt;
if(typeof data13 !== "string"){
const err20 = {instancePath:instancePath+"/purpose_justification_prompt",schemaPath:"#/properties/purpose_justification_prompt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.purpose_justification_prompt.type,parentSchema:schema43.properties.purpose_justification_prompt,data:data13};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.isolation_required !== undefined){
let data14 = data.isolation_required;
if(typeof data14 !== "boolean"){
const err21 = {instancePath:instancePath+"/isolation_required",schemaPath:"#/properties/isolation_required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.properties.isolation_required.type,parentSchema:schema43.properties.isolation_required,data:data14};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.mfa_config !== undefined){
if(!(validate89(data.mfa_config, {instancePath:instancePath+"/mfa_config",parentData:data,parentDataProperty:"mfa_config",rootData}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
if(data.connection_rules !== undefined){
if(!(validate90(data.connection_rules, {instancePath:instancePath+"/connection_rules",parentData:data,parentDataProperty:"connection_rules",rootData}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate98.errors = vErrors;
return errors === 0;
}

const v27 = validate105;
const schema44 = {"type":"object","additionalProperties":false,"required":["id","name","decision","include","exclude","require","reusable","created_at","updated_at"],"properties":{"name":{"type":"string","minLength":1,"maxLength":350},"decision":{"type":"string","enum":["allow","deny","non_identity","bypass"]},"include":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/Rule"}},"exclude":{"type":"array","items":{"$ref":"#/definitions/Rule"}},"require":{"type":"array","items":{"$ref":"#/definitions/Rule"}},"session_duration":{"oneOf":[{"type":"string","pattern":"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},{"type":"null"}],"description":"Go duration (300ms, 2h45m); null: the application's."},"approval_required":{"type":"boolean"},"approval_groups":{"type":"array","items":{"$ref":"#/definitions/ApprovalGroup"}},"purpose_justification_required":{"type":"boolean"},"purpose_justification_prompt":{"type":"string"},"isolation_required":{"type":"boolean"},"mfa_config":{"$ref":"#/definitions/MfaConfig"},"connection_rules":{"$ref":"#/definitions/ConnectionRules"},"id":{"type":"string"},"reusable":{"type":"boolean"},"app_count":{"type":"integer"},"precedence":{"type":"integer"},"created_at":{"type":"string","format":"date-time"},"updated_at":{"type":"string","format":"date-time"}}};

function validate105(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.decision === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decision"},message:"must have required property '"+"decision"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.include === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "include"},message:"must have required property '"+"include"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.exclude === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "exclude"},message:"must have required property '"+"exclude"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.require === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "require"},message:"must have required property '"+"require"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.reusable === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reusable"},message:"must have required property '"+"reusable"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.created_at === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.updated_at === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updated_at"},message:"must have required property '"+"updated_at"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func7.call(schema44.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 350){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 350},message:"must NOT have more than 350 characters",schema:350,parentSchema:schema44.properties.name,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func2(data0) < 1){
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44.properties.name,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.name.type,parentSchema:schema44.properties.name,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.decision !== undefined){
let data1 = data.decision;
if(typeof data1 !== "string"){
const err13 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.decision.type,parentSchema:schema44.properties.decision,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((((data1 === "allow") || (data1 === "deny")) || (data1 === "non_identity")) || (data1 === "bypass"))){
const err14 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/enum",keyword:"enum",params:{allowedValues: schema44.properties.decision.enum},message:"must be equal to one of the allowed values",schema:schema44.properties.decision.enum,parentSchema:schema44.properties.decision,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.include !== undefined){
let data2 = data.include;
if(Array.isArray(data2)){
if(data2.length < 1){
const err15 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema44.properties.include,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate87(data2[i0], {instancePath:instancePath+"/include/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema44.properties.include.type,parentSchema:schema44.properties.include,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.exclude !== undefined){
let data4 = data.exclude;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(!(validate87(data4[i1], {instancePath:instancePath+"/exclude/" + i1,parentData:data4,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/exclude",schemaPath:"#/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema44.properties.exclude.type,parentSchema:schema44.properties.exclude,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.require !== undefined){
let data6 = data.require;
if(Array.isArray(data6)){
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
if(!(validate87(data6[i2], {instancePath:instancePath+"/require/" + i2,parentData:data6,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/require",schemaPath:"#/properties/require/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema44.properties.require.type,parentSchema:schema44.properties.require,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.session_duration !== undefined){
let data8 = data.session_duration;
const _errs16 = errors;
let valid7 = false;
let passing0 = null;
const _errs17 = errors;
if(typeof data8 === "string"){
if(!pattern9.test(data8)){
const err19 = {instancePath:instancePath+"/session_duration",schemaPath:"#/properties/session_duration/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$",parentSchema:schema44.properties.session_duration.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/session_duration",schemaPath:"#/properties/session_duration/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.session_duration.oneOf[0].type,parentSchema:schema44.properties.session_duration.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs17 === errors;
if(_valid0){
valid7 = true;
passing0 = 0;
}
const _errs19 = errors;
if(data8 !== null){
const err21 = {instancePath:instancePath+"/session_duration",schemaPath:"#/properties/session_duration/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema44.properties.session_duration.oneOf[1].type,parentSchema:schema44.properties.session_duration.oneOf[1],data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs19 === errors;
if(_valid0 && valid7){
valid7 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid7 = true;
passing0 = 1;
}
}
if(!valid7){
const err22 = {instancePath:instancePath+"/session_duration",schemaPath:"#/properties/session_duration/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema44.properties.session_duration.oneOf,parentSchema:schema44.properties.session_duration,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
}
if(data.approval_required !== undefined){
let data9 = data.approval_required;
if(typeof data9 !== "boolean"){
const err23 = {instancePath:instancePath+"/approval_required",schemaPath:"#/properties/approval_required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema44.properties.approval_required.type,parentSchema:schema44.properties.approval_required,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.approval_groups !== undefined){
let data10 = data.approval_groups;
if(Array.isArray(data10)){
const len3 = data10.length;
for(let i3=0; i3<len3; i3++){
if(!(validate88(data10[i3], {instancePath:instancePath+"/approval_groups/" + i3,parentData:data10,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
}
}
else {
const err24 = {instancePath:instancePath+"/approval_groups",schemaPath:"#/properties/approval_groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema44.properties.approval_groups.type,parentSchema:schema44.properties.approval_groups,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.purpose_justification_required !== undefined){
let data12 = data.purpose_justification_required;
if(typeof data12 !== "boolean"){
const err25 = {instancePath:instancePath+"/purpose_justification_required",schemaPath:"#/properties/purpose_justification_required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema44.properties.purpose_justification_required.type,parentSchema:schema44.properties.purpose_justification_required,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.purpose_justification_prompt !== undefined){
let data13 = data.purpose_justification_prompt;
if(typeof data13 !== "string"){
const err26 = {instancePath:instancePath+"/purpose_justification_prompt",schemaPath:"#/properties/purpose_justification_prompt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.purpose_justification_prompt.type,parentSchema:schema44.properties.purpose_justification_prompt,data:data13};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.isolation_required !== undefined){
let data14 = data.isolation_required;
if(typeof data14 !== "boolean"){
const err27 = {instancePath:instancePath+"/isolation_required",schemaPath:"#/properties/isolation_required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema44.properties.isolation_required.type,parentSchema:schema44.properties.isolation_required,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.mfa_config !== undefined){
if(!(validate89(data.mfa_config, {instancePath:instancePath+"/mfa_config",parentData:data,parentDataProperty:"mfa_config",rootData}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
if(data.connection_rules !== undefined){
if(!(validate90(data.connection_rules, {instancePath:instancePath+"/connection_rules",parentData:data,parentDataProperty:"connection_rules",rootData}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
}
if(data.id !== undefined){
let data17 = data.id;
if(typeof data17 !== "string"){
const err28 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.id.type,parentSchema:schema44.properties.id,data:data17};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.reusable !== undefined){
let data18 = data.reusable;
if(typeof data18 !== "boolean"){
const err29 = {instancePath:instancePath+"/reusable",schemaPath:"#/properties/reusable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema44.properties.reusable.type,parentSchema:schema44.properties.reusable,data:data18};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.app_count !== undefined){
let data19 = data.app_count;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err30 = {instancePath:instancePath+"/app_count",schemaPath:"#/properties/app_count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema44.properties.app_count.type,parentSchema:schema44.properties.app_count,data:data19};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.precedence !== undefined){
let data20 = data.precedence;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err31 = {instancePath:instancePath+"/precedence",schemaPath:"#/properties/precedence/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema44.properties.precedence.type,parentSchema:schema44.properties.precedence,data:data20};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.created_at !== undefined){
let data21 = data.created_at;
if(typeof data21 === "string"){
if(!(formats2.validate(data21))){
const err32 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema44.properties.created_at,data:data21};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.created_at.type,parentSchema:schema44.properties.created_at,data:data21};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.updated_at !== undefined){
let data22 = data.updated_at;
if(typeof data22 === "string"){
if(!(formats2.validate(data22))){
const err34 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema44.properties.updated_at,data:data22};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.updated_at.type,parentSchema:schema44.properties.updated_at,data:data22};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate105.errors = vErrors;
return errors === 0;
}

const v28 = validate113;
const schema46 = {"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"type":"string","enum":["via_mcp_server_portal","public","private"]},"mcp_server_id":{"type":"string"},"uri":{"type":"string"}},"if":{"properties":{"type":{"const":"via_mcp_server_portal"}}},"then":{"required":["mcp_server_id"]}};

function validate113(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("via_mcp_server_portal" !== data.type){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mcp_server_id === undefined){
const err1 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "mcp_server_id"},message:"must have required property '"+"mcp_server_id"+"'",schema:schema46.then.required,parentSchema:schema46.then,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema46.if,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema46.required,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "mcp_server_id")) || (key0 === "uri"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.type.type,parentSchema:schema46.properties.type,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((data1 === "via_mcp_server_portal") || (data1 === "public")) || (data1 === "private"))){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema46.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema46.properties.type.enum,parentSchema:schema46.properties.type,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.mcp_server_id !== undefined){
let data2 = data.mcp_server_id;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/mcp_server_id",schemaPath:"#/properties/mcp_server_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.mcp_server_id.type,parentSchema:schema46.properties.mcp_server_id,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.uri !== undefined){
let data3 = data.uri;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.uri.type,parentSchema:schema46.properties.uri,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate113.errors = vErrors;
return errors === 0;
}

const v29 = validate114;
const schema47 = {"description":"One item of an application's policies: a reusable policy's id; {id, precedence} (account_id, if given, must be this account); or an inline policy exclusive to the application, {decision, include, ...} (its id, if given, names one of the application's inline policies to update in place). Reusable and inline policies are mutually exclusive.","oneOf":[{"type":"string","minLength":1},{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string"},"account_id":{"type":"string"},"precedence":{"type":"integer","minimum":1},"name":{"type":"string","minLength":1,"maxLength":350},"decision":{"type":"string","enum":["allow","deny","non_identity","bypass"]},"include":{"type":"array","minItems":1,"items":{"$ref":"access-policy.schema.json#/definitions/Rule"}},"exclude":{"type":"array","items":{"$ref":"access-policy.schema.json#/definitions/Rule"}},"require":{"type":"array","items":{"$ref":"access-policy.schema.json#/definitions/Rule"}},"session_duration":{"oneOf":[{"type":"string","pattern":"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},{"type":"null"}]},"approval_required":{"type":"boolean"},"approval_groups":{"type":"array","items":{"$ref":"access-policy.schema.json#/definitions/ApprovalGroup"}},"purpose_justification_required":{"type":"boolean"},"purpose_justification_prompt":{"type":"string"},"isolation_required":{"type":"boolean"},"mfa_config":{"$ref":"access-policy.schema.json#/definitions/MfaConfig"},"connection_rules":{"$ref":"access-policy.schema.json#/definitions/ConnectionRules"}}}]};

function validate114(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(typeof data === "string"){
if(func2(data) < 1){
const err0 = {instancePath,schemaPath:"#/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.oneOf[0].type,parentSchema:schema47.oneOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func7.call(schema47.oneOf[1].properties, key0))){
const err2 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema47.oneOf[1],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/oneOf/1/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.oneOf[1].properties.id.type,parentSchema:schema47.oneOf[1].properties.id,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.account_id !== undefined){
let data1 = data.account_id;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/account_id",schemaPath:"#/oneOf/1/properties/account_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.oneOf[1].properties.account_id.type,parentSchema:schema47.oneOf[1].properties.account_id,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.precedence !== undefined){
let data2 = data.precedence;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/precedence",schemaPath:"#/oneOf/1/properties/precedence/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.oneOf[1].properties.precedence.type,parentSchema:schema47.oneOf[1].properties.precedence,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/precedence",schemaPath:"#/oneOf/1/properties/precedence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.oneOf[1].properties.precedence,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.name !== undefined){
let data3 = data.name;
if(typeof data3 === "string"){
if(func2(data3) > 350){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/1/properties/name/maxLength",keyword:"maxLength",params:{limit: 350},message:"must NOT have more than 350 characters",schema:350,parentSchema:schema47.oneOf[1].properties.name,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func2(data3) < 1){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/1/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.oneOf[1].properties.name,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.oneOf[1].properties.name.type,parentSchema:schema47.oneOf[1].properties.name,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.decision !== undefined){
let data4 = data.decision;
if(typeof data4 !== "string"){
const err10 = {instancePath:instancePath+"/decision",schemaPath:"#/oneOf/1/properties/decision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.oneOf[1].properties.decision.type,parentSchema:schema47.oneOf[1].properties.decision,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((((data4 === "allow") || (data4 === "deny")) || (data4 === "non_identity")) || (data4 === "bypass"))){
const err11 = {instancePath:instancePath+"/decision",schemaPath:"#/oneOf/1/properties/decision/enum",keyword:"enum",params:{allowedValues: schema47.oneOf[1].properties.decision.enum},message:"must be equal to one of the allowed values",schema:schema47.oneOf[1].properties.decision.enum,parentSchema:schema47.oneOf[1].properties.decision,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.include !== undefined){
let data5 = data.include;
if(Array.isArray(data5)){
if(data5.length < 1){
const err12 = {instancePath:instancePath+"/include",schemaPath:"#/oneOf/1/properties/include/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema47.oneOf[1].properties.include,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate87(data5[i0], {instancePath:instancePath+"/include/" + i0,parentData:data5,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/include",schemaPath:"#/oneOf/1/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.oneOf[1].properties.include.type,parentSchema:schema47.oneOf[1].properties.include,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.exclude !== undefined){
let data7 = data.exclude;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
if(!(validate87(data7[i1], {instancePath:instancePath+"/exclude/" + i1,parentData:data7,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/exclude",schemaPath:"#/oneOf/1/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.oneOf[1].properties.exclude.type,parentSchema:schema47.oneOf[1].properties.exclude,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.require !== undefined){
let data9 = data.require;
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
if(!(validate87(data9[i2], {instancePath:instancePath+"/require/" + i2,parentData:data9,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/require",schemaPath:"#/oneOf/1/properties/require/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.oneOf[1].properties.require.type,parentSchema:schema47.oneOf[1].properties.require,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.session_duration !== undefined){
let data11 = data.session_duration;
const _errs26 = errors;
let valid8 = false;
let passing1 = null;
const _errs27 = errors;
if(typeof data11 === "string"){
if(!pattern9.test(data11)){
const err16 = {instancePath:instancePath+"/session_duration",schemaPath:"#/oneOf/1/properties/session_duration/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$",parentSchema:schema47.oneOf[1].properties.session_duration.oneOf[0],data:data11};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/session_duration",schemaPath:"#/oneOf/1/properties/session_duration/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.oneOf[1].properties.session_duration.oneOf[0].type,parentSchema:schema47.oneOf[1].properties.session_duration.oneOf[0],data:data11};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid1 = _errs27 === errors;
if(_valid1){
valid8 = true;
passing1 = 0;
}
const _errs29 = errors;
if(data11 !== null){
const err18 = {instancePath:instancePath+"/session_duration",schemaPath:"#/oneOf/1/properties/session_duration/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema47.oneOf[1].properties.session_duration.oneOf[1].type,parentSchema:schema47.oneOf[1].properties.session_duration.oneOf[1],data:data11};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid1 = _errs29 === errors;
if(_valid1 && valid8){
valid8 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid8 = true;
passing1 = 1;
}
}
if(!valid8){
const err19 = {instancePath:instancePath+"/session_duration",schemaPath:"#/oneOf/1/properties/session_duration/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema47.oneOf[1].properties.session_duration.oneOf,parentSchema:schema47.oneOf[1].properties.session_duration,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
}
if(data.approval_required !== undefined){
let data12 = data.approval_required;
if(typeof data12 !== "boolean"){
const err20 = {instancePath:instancePath+"/approval_required",schemaPath:"#/oneOf/1/properties/approval_required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema47.oneOf[1].properties.approval_required.type,parentSchema:schema47.oneOf[1].properties.approval_required,data:data12};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.approval_groups !== undefined){
let data13 = data.approval_groups;
if(Array.isArray(data13)){
const len3 = data13.length;
for(let i3=0; i3<len3; i3++){
if(!(validate88(data13[i3], {instancePath:instancePath+"/approval_groups/" + i3,parentData:data13,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath:instancePath+"/approval_groups",schemaPath:"#/oneOf/1/properties/approval_groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.oneOf[1].properties.approval_groups.type,parentSchema:schema47.oneOf[1].properties.approval_groups,data:data13};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.purpose_justification_required !== undefined){
let data15 = data.purpose_justification_required;
if(typeof data15 !== "boolean"){
const err22 = {instancePath:instancePath+"/purpose_justification_required",schemaPath:"#/oneOf/1/properties/purpose_justification_required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema47.oneOf[1].properties.purpose_justification_required.type,parentSchema:schema47.oneOf[1].properties.purpose_justification_required,data:data15};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.purpose_justification_prompt !== undefined){
let data16 = data.purpose_justification_prompt;
if(typeof data16 !== "string"){
const err23 = {instancePath:instancePath+"/purpose_justification_prompt",schemaPath:"#/oneOf/1/properties/purpose_justification_prompt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.oneOf[1].properties.purpose_justification_prompt.type,parentSchema:schema47.oneOf[1].properties.purpose_justification_prompt,data:data16};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.isolation_required !== undefined){
let data17 = data.isolation_required;
if(typeof data17 !== "boolean"){
const err24 = {instancePath:instancePath+"/isolation_required",schemaPath:"#/oneOf/1/properties/isolation_required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema47.oneOf[1].properties.isolation_required.type,parentSchema:schema47.oneOf[1].properties.isolation_required,data:data17};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.mfa_config !== undefined){
if(!(validate89(data.mfa_config, {instancePath:instancePath+"/mfa_config",parentData:data,parentDataProperty:"mfa_config",rootData}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
if(data.connection_rules !== undefined){
if(!(validate90(data.connection_rules, {instancePath:instancePath+"/connection_rules",parentData:data,parentDataProperty:"connection_rules",rootData}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.oneOf[1].type,parentSchema:schema47.oneOf[1],data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err26 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema47.oneOf,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate114.errors = vErrors;
return errors === 0;
}

const v30 = validate121;
const schema48 = {"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"dynamic_client_registration":{"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"allow_any_on_localhost":{"type":"boolean"},"allow_any_on_loopback":{"type":"boolean"},"allowed_uris":{"type":"array","items":{"type":"string"}}}},"grant":{"type":"object","additionalProperties":false,"properties":{"access_token_lifetime":{"type":"string","pattern":"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},"session_duration":{"type":"string","pattern":"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"}}}}};

function validate121(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "enabled") || (key0 === "dynamic_client_registration")) || (key0 === "grant"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.enabled !== undefined){
let data0 = data.enabled;
if(typeof data0 !== "boolean"){
const err1 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.properties.enabled.type,parentSchema:schema48.properties.enabled,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.dynamic_client_registration !== undefined){
let data1 = data.dynamic_client_registration;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!((((key1 === "enabled") || (key1 === "allow_any_on_localhost")) || (key1 === "allow_any_on_loopback")) || (key1 === "allowed_uris"))){
const err2 = {instancePath:instancePath+"/dynamic_client_registration",schemaPath:"#/properties/dynamic_client_registration/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.dynamic_client_registration,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.enabled !== undefined){
let data2 = data1.enabled;
if(typeof data2 !== "boolean"){
const err3 = {instancePath:instancePath+"/dynamic_client_registration/enabled",schemaPath:"#/properties/dynamic_client_registration/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.properties.dynamic_client_registration.properties.enabled.type,parentSchema:schema48.properties.dynamic_client_registration.properties.enabled,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.allow_any_on_localhost !== undefined){
let data3 = data1.allow_any_on_localhost;
if(typeof data3 !== "boolean"){
const err4 = {instancePath:instancePath+"/dynamic_client_registration/allow_any_on_localhost",schemaPath:"#/properties/dynamic_client_registration/properties/allow_any_on_localhost/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.properties.dynamic_client_registration.properties.allow_any_on_localhost.type,parentSchema:schema48.properties.dynamic_client_registration.properties.allow_any_on_localhost,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.allow_any_on_loopback !== undefined){
let data4 = data1.allow_any_on_loopback;
if(typeof data4 !== "boolean"){
const err5 = {instancePath:instancePath+"/dynamic_client_registration/allow_any_on_loopback",schemaPath:"#/properties/dynamic_client_registration/properties/allow_any_on_loopback/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.properties.dynamic_client_registration.properties.allow_any_on_loopback.type,parentSchema:schema48.properties.dynamic_client_registration.properties.allow_any_on_loopback,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.allowed_uris !== undefined){
let data5 = data1.allowed_uris;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 !== "string"){
const err6 = {instancePath:instancePath+"/dynamic_client_registration/allowed_uris/" + i0,schemaPath:"#/properties/dynamic_client_registration/properties/allowed_uris/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.dynamic_client_registration.properties.allowed_uris.items.type,parentSchema:schema48.properties.dynamic_client_registration.properties.allowed_uris.items,data:data6};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/dynamic_client_registration/allowed_uris",schemaPath:"#/properties/dynamic_client_registration/properties/allowed_uris/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.dynamic_client_registration.properties.allowed_uris.type,parentSchema:schema48.properties.dynamic_client_registration.properties.allowed_uris,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/dynamic_client_registration",schemaPath:"#/properties/dynamic_client_registration/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.dynamic_client_registration.type,parentSchema:schema48.properties.dynamic_client_registration,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.grant !== undefined){
let data7 = data.grant;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
if(!((key2 === "access_token_lifetime") || (key2 === "session_duration"))){
const err9 = {instancePath:instancePath+"/grant",schemaPath:"#/properties/grant/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.grant,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data7.access_token_lifetime !== undefined){
let data8 = data7.access_token_lifetime;
if(typeof data8 === "string"){
if(!pattern9.test(data8)){
const err10 = {instancePath:instancePath+"/grant/access_token_lifetime",schemaPath:"#/properties/grant/properties/access_token_lifetime/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$",parentSchema:schema48.properties.grant.properties.access_token_lifetime,data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/grant/access_token_lifetime",schemaPath:"#/properties/grant/properties/access_token_lifetime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.grant.properties.access_token_lifetime.type,parentSchema:schema48.properties.grant.properties.access_token_lifetime,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data7.session_duration !== undefined){
let data9 = data7.session_duration;
if(typeof data9 === "string"){
if(!pattern9.test(data9)){
const err12 = {instancePath:instancePath+"/grant/session_duration",schemaPath:"#/properties/grant/properties/session_duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$",parentSchema:schema48.properties.grant.properties.session_duration,data:data9};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/grant/session_duration",schemaPath:"#/properties/grant/properties/session_duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.grant.properties.session_duration.type,parentSchema:schema48.properties.grant.properties.session_duration,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/grant",schemaPath:"#/properties/grant/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.grant.type,parentSchema:schema48.properties.grant,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate121.errors = vErrors;
return errors === 0;
}

const v31 = validate122;
const schema49 = {"type":"object","additionalProperties":true,"required":["idp_uid","remote_uri"],"properties":{"idp_uid":{"type":"string"},"remote_uri":{"type":"string"},"enabled":{"type":"boolean"},"deactivate_on_delete":{"type":"boolean"},"authentication":{},"mappings":{"type":"array"}}};

function validate122(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.idp_uid === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "idp_uid"},message:"must have required property '"+"idp_uid"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.remote_uri === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "remote_uri"},message:"must have required property '"+"remote_uri"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.idp_uid !== undefined){
let data0 = data.idp_uid;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/idp_uid",schemaPath:"#/properties/idp_uid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.idp_uid.type,parentSchema:schema49.properties.idp_uid,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.remote_uri !== undefined){
let data1 = data.remote_uri;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/remote_uri",schemaPath:"#/properties/remote_uri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.remote_uri.type,parentSchema:schema49.properties.remote_uri,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.enabled !== undefined){
let data2 = data.enabled;
if(typeof data2 !== "boolean"){
const err4 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema49.properties.enabled.type,parentSchema:schema49.properties.enabled,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.deactivate_on_delete !== undefined){
let data3 = data.deactivate_on_delete;
if(typeof data3 !== "boolean"){
const err5 = {instancePath:instancePath+"/deactivate_on_delete",schemaPath:"#/properties/deactivate_on_delete/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema49.properties.deactivate_on_delete.type,parentSchema:schema49.properties.deactivate_on_delete,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.mappings !== undefined){
let data4 = data.mappings;
if(!(Array.isArray(data4))){
const err6 = {instancePath:instancePath+"/mappings",schemaPath:"#/properties/mappings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.mappings.type,parentSchema:schema49.properties.mappings,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate122.errors = vErrors;
return errors === 0;
}

const v32 = validate123;
const schema50 = {"type":"object","additionalProperties":false,"required":["type"],"properties":{"name":{"type":"string","minLength":1,"maxLength":350},"type":{"type":"string","enum":["mcp","mcp_portal"]},"domain":{"type":"string"},"self_hosted_domains":{"type":"array","items":{"type":"string"}},"destinations":{"type":"array","items":{"$ref":"#/definitions/Destination"}},"policies":{"type":"array","items":{"$ref":"#/definitions/PolicyLink"}},"session_duration":{"type":"string","pattern":"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},"allowed_idps":{"type":"array","items":{"type":"string"}},"tags":{"type":"array","items":{"type":"string"}},"allow_authenticate_via_warp":{"type":"boolean"},"auto_redirect_to_identity":{"type":"boolean"},"custom_deny_message":{"type":"string"},"custom_deny_url":{"type":"string"},"custom_non_identity_deny_url":{"type":"string"},"custom_pages":{"type":"array","items":{"type":"string"}},"logo_url":{"type":"string"},"http_only_cookie_attribute":{"type":"boolean"},"same_site_cookie_attribute":{"type":"string"},"options_preflight_bypass":{"type":"boolean"},"oauth_configuration":{"$ref":"#/definitions/OAuthConfiguration"},"scim_config":{"$ref":"#/definitions/ScimConfig"}}};

function validate123(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func7.call(schema50.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 350){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 350},message:"must NOT have more than 350 characters",schema:350,parentSchema:schema50.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.name.type,parentSchema:schema50.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.type.type,parentSchema:schema50.properties.type,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((data1 === "mcp") || (data1 === "mcp_portal"))){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema50.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema50.properties.type.enum,parentSchema:schema50.properties.type,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.domain !== undefined){
let data2 = data.domain;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.domain.type,parentSchema:schema50.properties.domain,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.self_hosted_domains !== undefined){
let data3 = data.self_hosted_domains;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/self_hosted_domains/" + i0,schemaPath:"#/properties/self_hosted_domains/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.self_hosted_domains.items.type,parentSchema:schema50.properties.self_hosted_domains.items,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/self_hosted_domains",schemaPath:"#/properties/self_hosted_domains/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.self_hosted_domains.type,parentSchema:schema50.properties.self_hosted_domains,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.destinations !== undefined){
let data5 = data.destinations;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
if(!(validate113(data5[i1], {instancePath:instancePath+"/destinations/" + i1,parentData:data5,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/destinations",schemaPath:"#/properties/destinations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.destinations.type,parentSchema:schema50.properties.destinations,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.policies !== undefined){
let data7 = data.policies;
if(Array.isArray(data7)){
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
if(!(validate114(data7[i2], {instancePath:instancePath+"/policies/" + i2,parentData:data7,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/policies",schemaPath:"#/properties/policies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.policies.type,parentSchema:schema50.properties.policies,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.session_duration !== undefined){
let data9 = data.session_duration;
if(typeof data9 === "string"){
if(!pattern9.test(data9)){
const err12 = {instancePath:instancePath+"/session_duration",schemaPath:"#/properties/session_duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$",parentSchema:schema50.properties.session_duration,data:data9};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/session_duration",schemaPath:"#/properties/session_duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.session_duration.type,parentSchema:schema50.properties.session_duration,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.allowed_idps !== undefined){
let data10 = data.allowed_idps;
if(Array.isArray(data10)){
const len3 = data10.length;
for(let i3=0; i3<len3; i3++){
let data11 = data10[i3];
if(typeof data11 !== "string"){
const err14 = {instancePath:instancePath+"/allowed_idps/" + i3,schemaPath:"#/properties/allowed_idps/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.allowed_idps.items.type,parentSchema:schema50.properties.allowed_idps.items,data:data11};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/allowed_idps",schemaPath:"#/properties/allowed_idps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.allowed_idps.type,parentSchema:schema50.properties.allowed_idps,data:data10};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.tags !== undefined){
let data12 = data.tags;
if(Array.isArray(data12)){
const len4 = data12.length;
for(let i4=0; i4<len4; i4++){
let data13 = data12[i4];
if(typeof data13 !== "string"){
const err16 = {instancePath:instancePath+"/tags/" + i4,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.tags.items.type,parentSchema:schema50.properties.tags.items,data:data13};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.tags.type,parentSchema:schema50.properties.tags,data:data12};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.allow_authenticate_via_warp !== undefined){
let data14 = data.allow_authenticate_via_warp;
if(typeof data14 !== "boolean"){
const err18 = {instancePath:instancePath+"/allow_authenticate_via_warp",schemaPath:"#/properties/allow_authenticate_via_warp/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema50.properties.allow_authenticate_via_warp.type,parentSchema:schema50.properties.allow_authenticate_via_warp,data:data14};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.auto_redirect_to_identity !== undefined){
let data15 = data.auto_redirect_to_identity;
if(typeof data15 !== "boolean"){
const err19 = {instancePath:instancePath+"/auto_redirect_to_identity",schemaPath:"#/properties/auto_redirect_to_identity/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema50.properties.auto_redirect_to_identity.type,parentSchema:schema50.properties.auto_redirect_to_identity,data:data15};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.custom_deny_message !== undefined){
let data16 = data.custom_deny_message;
if(typeof data16 !== "string"){
const err20 = {instancePath:instancePath+"/custom_deny_message",schemaPath:"#/properties/custom_deny_message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.custom_deny_message.type,parentSchema:schema50.properties.custom_deny_message,data:data16};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.custom_deny_url !== undefined){
let data17 = data.custom_deny_url;
if(typeof data17 !== "string"){
const err21 = {instancePath:instancePath+"/custom_deny_url",schemaPath:"#/properties/custom_deny_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.custom_deny_url.type,parentSchema:schema50.properties.custom_deny_url,data:data17};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.custom_non_identity_deny_url !== undefined){
let data18 = data.custom_non_identity_deny_url;
if(typeof data18 !== "string"){
const err22 = {instancePath:instancePath+"/custom_non_identity_deny_url",schemaPath:"#/properties/custom_non_identity_deny_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.custom_non_identity_deny_url.type,parentSchema:schema50.properties.custom_non_identity_deny_url,data:data18};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.custom_pages !== undefined){
let data19 = data.custom_pages;
if(Array.isArray(data19)){
const len5 = data19.length;
for(let i5=0; i5<len5; i5++){
let data20 = data19[i5];
if(typeof data20 !== "string"){
const err23 = {instancePath:instancePath+"/custom_pages/" + i5,schemaPath:"#/properties/custom_pages/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.custom_pages.items.type,parentSchema:schema50.properties.custom_pages.items,data:data20};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/custom_pages",schemaPath:"#/properties/custom_pages/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.custom_pages.type,parentSchema:schema50.properties.custom_pages,data:data19};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.logo_url !== undefined){
let data21 = data.logo_url;
if(typeof data21 !== "string"){
const err25 = {instancePath:instancePath+"/logo_url",schemaPath:"#/properties/logo_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.logo_url.type,parentSchema:schema50.properties.logo_url,data:data21};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.http_only_cookie_attribute !== undefined){
let data22 = data.http_only_cookie_attribute;
if(typeof data22 !== "boolean"){
const err26 = {instancePath:instancePath+"/http_only_cookie_attribute",schemaPath:"#/properties/http_only_cookie_attribute/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema50.properties.http_only_cookie_attribute.type,parentSchema:schema50.properties.http_only_cookie_attribute,data:data22};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.same_site_cookie_attribute !== undefined){
let data23 = data.same_site_cookie_attribute;
if(typeof data23 !== "string"){
const err27 = {instancePath:instancePath+"/same_site_cookie_attribute",schemaPath:"#/properties/same_site_cookie_attribute/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.same_site_cookie_attribute.type,parentSchema:schema50.properties.same_site_cookie_attribute,data:data23};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.options_preflight_bypass !== undefined){
let data24 = data.options_preflight_bypass;
if(typeof data24 !== "boolean"){
const err28 = {instancePath:instancePath+"/options_preflight_bypass",schemaPath:"#/properties/options_preflight_bypass/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema50.properties.options_preflight_bypass.type,parentSchema:schema50.properties.options_preflight_bypass,data:data24};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.oauth_configuration !== undefined){
if(!(validate121(data.oauth_configuration, {instancePath:instancePath+"/oauth_configuration",parentData:data,parentDataProperty:"oauth_configuration",rootData}))){
vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
errors = vErrors.length;
}
}
if(data.scim_config !== undefined){
if(!(validate122(data.scim_config, {instancePath:instancePath+"/scim_config",parentData:data,parentDataProperty:"scim_config",rootData}))){
vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
errors = vErrors.length;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate123.errors = vErrors;
return errors === 0;
}

const v33 = validate128;
const schema51 = {"type":"object","additionalProperties":false,"required":["type"],"description":"PUT body; a full update.","properties":{"name":{"type":"string","minLength":1,"maxLength":350},"type":{"type":"string","enum":["mcp","mcp_portal"]},"domain":{"type":"string"},"self_hosted_domains":{"type":"array","items":{"type":"string"}},"destinations":{"type":"array","items":{"$ref":"#/definitions/Destination"}},"policies":{"type":"array","items":{"$ref":"#/definitions/PolicyLink"}},"session_duration":{"type":"string","pattern":"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},"allowed_idps":{"type":"array","items":{"type":"string"}},"tags":{"type":"array","items":{"type":"string"}},"allow_authenticate_via_warp":{"type":"boolean"},"auto_redirect_to_identity":{"type":"boolean"},"custom_deny_message":{"type":"string"},"custom_deny_url":{"type":"string"},"custom_non_identity_deny_url":{"type":"string"},"custom_pages":{"type":"array","items":{"type":"string"}},"logo_url":{"type":"string"},"http_only_cookie_attribute":{"type":"boolean"},"same_site_cookie_attribute":{"type":"string"},"options_preflight_bypass":{"type":"boolean"},"oauth_configuration":{"$ref":"#/definitions/OAuthConfiguration"},"scim_config":{"$ref":"#/definitions/ScimConfig"}}};

function validate128(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func7.call(schema51.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 350){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 350},message:"must NOT have more than 350 characters",schema:350,parentSchema:schema51.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema51.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.name.type,parentSchema:schema51.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.type.type,parentSchema:schema51.properties.type,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((data1 === "mcp") || (data1 === "mcp_portal"))){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema51.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema51.properties.type.enum,parentSchema:schema51.properties.type,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.domain !== undefined){
let data2 = data.domain;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.domain.type,parentSchema:schema51.properties.domain,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.self_hosted_domains !== undefined){
let data3 = data.self_hosted_domains;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/self_hosted_domains/" + i0,schemaPath:"#/properties/self_hosted_domains/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.self_hosted_domains.items.type,parentSchema:schema51.properties.self_hosted_domains.items,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/self_hosted_domains",schemaPath:"#/properties/self_hosted_domains/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema51.properties.self_hosted_domains.type,parentSchema:schema51.properties.self_hosted_domains,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.destinations !== undefined){
let data5 = data.destinations;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
if(!(validate113(data5[i1], {instancePath:instancePath+"/destinations/" + i1,parentData:data5,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/destinations",schemaPath:"#/properties/destinations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema51.properties.destinations.type,parentSchema:schema51.properties.destinations,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.policies !== undefined){
let data7 = data.policies;
if(Array.isArray(data7)){
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
if(!(validate114(data7[i2], {instancePath:instancePath+"/policies/" + i2,parentData:data7,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/policies",schemaPath:"#/properties/policies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema51.properties.policies.type,parentSchema:schema51.properties.policies,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.session_duration !== undefined){
let data9 = data.session_duration;
if(typeof data9 === "string"){
if(!pattern9.test(data9)){
const err12 = {instancePath:instancePath+"/session_duration",schemaPath:"#/properties/session_duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$",parentSchema:schema51.properties.session_duration,data:data9};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/session_duration",schemaPath:"#/properties/session_duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.session_duration.type,parentSchema:schema51.properties.session_duration,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.allowed_idps !== undefined){
let data10 = data.allowed_idps;
if(Array.isArray(data10)){
const len3 = data10.length;
for(let i3=0; i3<len3; i3++){
let data11 = data10[i3];
if(typeof data11 !== "string"){
const err14 = {instancePath:instancePath+"/allowed_idps/" + i3,schemaPath:"#/properties/allowed_idps/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.allowed_idps.items.type,parentSchema:schema51.properties.allowed_idps.items,data:data11};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/allowed_idps",schemaPath:"#/properties/allowed_idps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema51.properties.allowed_idps.type,parentSchema:schema51.properties.allowed_idps,data:data10};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.tags !== undefined){
let data12 = data.tags;
if(Array.isArray(data12)){
const len4 = data12.length;
for(let i4=0; i4<len4; i4++){
let data13 = data12[i4];
if(typeof data13 !== "string"){
const err16 = {instancePath:instancePath+"/tags/" + i4,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.tags.items.type,parentSchema:schema51.properties.tags.items,data:data13};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema51.properties.tags.type,parentSchema:schema51.properties.tags,data:data12};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.allow_authenticate_via_warp !== undefined){
let data14 = data.allow_authenticate_via_warp;
if(typeof data14 !== "boolean"){
const err18 = {instancePath:instancePath+"/allow_authenticate_via_warp",schemaPath:"#/properties/allow_authenticate_via_warp/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema51.properties.allow_authenticate_via_warp.type,parentSchema:schema51.properties.allow_authenticate_via_warp,data:data14};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.auto_redirect_to_identity !== undefined){
let data15 = data.auto_redirect_to_identity;
if(typeof data15 !== "boolean"){
const err19 = {instancePath:instancePath+"/auto_redirect_to_identity",schemaPath:"#/properties/auto_redirect_to_identity/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema51.properties.auto_redirect_to_identity.type,parentSchema:schema51.properties.auto_redirect_to_identity,data:data15};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.custom_deny_message !== undefined){
let data16 = data.custom_deny_message;
if(typeof data16 !== "string"){
const err20 = {instancePath:instancePath+"/custom_deny_message",schemaPath:"#/properties/custom_deny_message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.custom_deny_message.type,parentSchema:schema51.properties.custom_deny_message,data:data16};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.custom_deny_url !== undefined){
let data17 = data.custom_deny_url;
if(typeof data17 !== "string"){
const err21 = {instancePath:instancePath+"/custom_deny_url",schemaPath:"#/properties/custom_deny_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.custom_deny_url.type,parentSchema:schema51.properties.custom_deny_url,data:data17};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.custom_non_identity_deny_url !== undefined){
let data18 = data.custom_non_identity_deny_url;
if(typeof data18 !== "string"){
const err22 = {instancePath:instancePath+"/custom_non_identity_deny_url",schemaPath:"#/properties/custom_non_identity_deny_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.custom_non_identity_deny_url.type,parentSchema:schema51.properties.custom_non_identity_deny_url,data:data18};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.custom_pages !== undefined){
let data19 = data.custom_pages;
if(Array.isArray(data19)){
const len5 = data19.length;
for(let i5=0; i5<len5; i5++){
let data20 = data19[i5];
if(typeof data20 !== "string"){
const err23 = {instancePath:instancePath+"/custom_pages/" + i5,schemaPath:"#/properties/custom_pages/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.custom_pages.items.type,parentSchema:schema51.properties.custom_pages.items,data:data20};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/custom_pages",schemaPath:"#/properties/custom_pages/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema51.properties.custom_pages.type,parentSchema:schema51.properties.custom_pages,data:data19};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.logo_url !== undefined){
let data21 = data.logo_url;
if(typeof data21 !== "string"){
const err25 = {instancePath:instancePath+"/logo_url",schemaPath:"#/properties/logo_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.logo_url.type,parentSchema:schema51.properties.logo_url,data:data21};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.http_only_cookie_attribute !== undefined){
let data22 = data.http_only_cookie_attribute;
if(typeof data22 !== "boolean"){
const err26 = {instancePath:instancePath+"/http_only_cookie_attribute",schemaPath:"#/properties/http_only_cookie_attribute/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema51.properties.http_only_cookie_attribute.type,parentSchema:schema51.properties.http_only_cookie_attribute,data:data22};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.same_site_cookie_attribute !== undefined){
let data23 = data.same_site_cookie_attribute;
if(typeof data23 !== "string"){
const err27 = {instancePath:instancePath+"/same_site_cookie_attribute",schemaPath:"#/properties/same_site_cookie_attribute/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.same_site_cookie_attribute.type,parentSchema:schema51.properties.same_site_cookie_attribute,data:data23};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.options_preflight_bypass !== undefined){
let data24 = data.options_preflight_bypass;
if(typeof data24 !== "boolean"){
const err28 = {instancePath:instancePath+"/options_preflight_bypass",schemaPath:"#/properties/options_preflight_bypass/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema51.properties.options_preflight_bypass.type,parentSchema:schema51.properties.options_preflight_bypass,data:data24};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.oauth_configuration !== undefined){
if(!(validate121(data.oauth_configuration, {instancePath:instancePath+"/oauth_configuration",parentData:data,parentDataProperty:"oauth_configuration",rootData}))){
vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
errors = vErrors.length;
}
}
if(data.scim_config !== undefined){
if(!(validate122(data.scim_config, {instancePath:instancePath+"/scim_config",parentData:data,parentDataProperty:"scim_config",rootData}))){
vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
errors = vErrors.length;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate128.errors = vErrors;
return errors === 0;
}

const v34 = validate133;
const schema52 = {"type":"object","additionalProperties":true,"required":["id","precedence"],"properties":{"id":{"type":"string"},"precedence":{"type":"integer"},"name":{"type":"string"},"decision":{"type":"string"},"reusable":{"type":"boolean"}}};

function validate133(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.precedence === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "precedence"},message:"must have required property '"+"precedence"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.id.type,parentSchema:schema52.properties.id,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.precedence !== undefined){
let data1 = data.precedence;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/precedence",schemaPath:"#/properties/precedence/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema52.properties.precedence.type,parentSchema:schema52.properties.precedence,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.name.type,parentSchema:schema52.properties.name,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.decision !== undefined){
let data3 = data.decision;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.decision.type,parentSchema:schema52.properties.decision,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.reusable !== undefined){
let data4 = data.reusable;
if(typeof data4 !== "boolean"){
const err6 = {instancePath:instancePath+"/reusable",schemaPath:"#/properties/reusable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema52.properties.reusable.type,parentSchema:schema52.properties.reusable,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate133.errors = vErrors;
return errors === 0;
}

const v35 = validate134;
const schema53 = {"type":"object","additionalProperties":false,"required":["id","name","type","policies","created_at","updated_at"],"properties":{"name":{"type":"string","minLength":1,"maxLength":350},"type":{"type":"string","enum":["mcp","mcp_portal"]},"domain":{"type":"string"},"self_hosted_domains":{"type":"array","items":{"type":"string"}},"destinations":{"type":"array","items":{"$ref":"#/definitions/Destination"}},"session_duration":{"type":"string","pattern":"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},"allowed_idps":{"type":"array","items":{"type":"string"}},"tags":{"type":"array","items":{"type":"string"}},"allow_authenticate_via_warp":{"type":"boolean"},"auto_redirect_to_identity":{"type":"boolean"},"custom_deny_message":{"type":"string"},"custom_deny_url":{"type":"string"},"custom_non_identity_deny_url":{"type":"string"},"custom_pages":{"type":"array","items":{"type":"string"}},"logo_url":{"type":"string"},"http_only_cookie_attribute":{"type":"boolean"},"same_site_cookie_attribute":{"type":"string"},"options_preflight_bypass":{"type":"boolean"},"oauth_configuration":{"$ref":"#/definitions/OAuthConfiguration"},"scim_config":{"$ref":"#/definitions/ScimConfig"},"policies":{"type":"array","items":{"$ref":"#/definitions/AppPolicy"}},"id":{"type":"string"},"aud":{"type":"string"},"created_at":{"type":"string","format":"date-time"},"updated_at":{"type":"string","format":"date-time"}}};

function validate134(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema53.required,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema53.required,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.type === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema53.required,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.policies === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "policies"},message:"must have required property '"+"policies"+"'",schema:schema53.required,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.created_at === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'",schema:schema53.required,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.updated_at === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updated_at"},message:"must have required property '"+"updated_at"+"'",schema:schema53.required,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func7.call(schema53.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 350){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 350},message:"must NOT have more than 350 characters",schema:350,parentSchema:schema53.properties.name,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func2(data0) < 1){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.name,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.name.type,parentSchema:schema53.properties.name,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err10 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.type.type,parentSchema:schema53.properties.type,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((data1 === "mcp") || (data1 === "mcp_portal"))){
const err11 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema53.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema53.properties.type.enum,parentSchema:schema53.properties.type,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.domain !== undefined){
let data2 = data.domain;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.domain.type,parentSchema:schema53.properties.domain,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.self_hosted_domains !== undefined){
let data3 = data.self_hosted_domains;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 !== "string"){
const err13 = {instancePath:instancePath+"/self_hosted_domains/" + i0,schemaPath:"#/properties/self_hosted_domains/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.self_hosted_domains.items.type,parentSchema:schema53.properties.self_hosted_domains.items,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/self_hosted_domains",schemaPath:"#/properties/self_hosted_domains/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.self_hosted_domains.type,parentSchema:schema53.properties.self_hosted_domains,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.destinations !== undefined){
let data5 = data.destinations;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
if(!(validate113(data5[i1], {instancePath:instancePath+"/destinations/" + i1,parentData:data5,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/destinations",schemaPath:"#/properties/destinations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.destinations.type,parentSchema:schema53.properties.destinations,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.session_duration !== undefined){
let data7 = data.session_duration;
if(typeof data7 === "string"){
if(!pattern9.test(data7)){
const err16 = {instancePath:instancePath+"/session_duration",schemaPath:"#/properties/session_duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$",parentSchema:schema53.properties.session_duration,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/session_duration",schemaPath:"#/properties/session_duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.session_duration.type,parentSchema:schema53.properties.session_duration,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.allowed_idps !== undefined){
let data8 = data.allowed_idps;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
if(typeof data9 !== "string"){
const err18 = {instancePath:instancePath+"/allowed_idps/" + i2,schemaPath:"#/properties/allowed_idps/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.allowed_idps.items.type,parentSchema:schema53.properties.allowed_idps.items,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/allowed_idps",schemaPath:"#/properties/allowed_idps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.allowed_idps.type,parentSchema:schema53.properties.allowed_idps,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.tags !== undefined){
let data10 = data.tags;
if(Array.isArray(data10)){
const len3 = data10.length;
for(let i3=0; i3<len3; i3++){
let data11 = data10[i3];
if(typeof data11 !== "string"){
const err20 = {instancePath:instancePath+"/tags/" + i3,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.tags.items.type,parentSchema:schema53.properties.tags.items,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.tags.type,parentSchema:schema53.properties.tags,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.allow_authenticate_via_warp !== undefined){
let data12 = data.allow_authenticate_via_warp;
if(typeof data12 !== "boolean"){
const err22 = {instancePath:instancePath+"/allow_authenticate_via_warp",schemaPath:"#/properties/allow_authenticate_via_warp/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema53.properties.allow_authenticate_via_warp.type,parentSchema:schema53.properties.allow_authenticate_via_warp,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.auto_redirect_to_identity !== undefined){
let data13 = data.auto_redirect_to_identity;
if(typeof data13 !== "boolean"){
const err23 = {instancePath:instancePath+"/auto_redirect_to_identity",schemaPath:"#/properties/auto_redirect_to_identity/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema53.properties.auto_redirect_to_identity.type,parentSchema:schema53.properties.auto_redirect_to_identity,data:data13};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.custom_deny_message !== undefined){
let data14 = data.custom_deny_message;
if(typeof data14 !== "string"){
const err24 = {instancePath:instancePath+"/custom_deny_message",schemaPath:"#/properties/custom_deny_message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.custom_deny_message.type,parentSchema:schema53.properties.custom_deny_message,data:data14};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.custom_deny_url !== undefined){
let data15 = data.custom_deny_url;
if(typeof data15 !== "string"){
const err25 = {instancePath:instancePath+"/custom_deny_url",schemaPath:"#/properties/custom_deny_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.custom_deny_url.type,parentSchema:schema53.properties.custom_deny_url,data:data15};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.custom_non_identity_deny_url !== undefined){
let data16 = data.custom_non_identity_deny_url;
if(typeof data16 !== "string"){
const err26 = {instancePath:instancePath+"/custom_non_identity_deny_url",schemaPath:"#/properties/custom_non_identity_deny_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.custom_non_identity_deny_url.type,parentSchema:schema53.properties.custom_non_identity_deny_url,data:data16};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.custom_pages !== undefined){
let data17 = data.custom_pages;
if(Array.isArray(data17)){
const len4 = data17.length;
for(let i4=0; i4<len4; i4++){
let data18 = data17[i4];
if(typeof data18 !== "string"){
const err27 = {instancePath:instancePath+"/custom_pages/" + i4,schemaPath:"#/properties/custom_pages/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.custom_pages.items.type,parentSchema:schema53.properties.custom_pages.items,data:data18};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/custom_pages",schemaPath:"#/properties/custom_pages/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.custom_pages.type,parentSchema:schema53.properties.custom_pages,data:data17};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.logo_url !== undefined){
let data19 = data.logo_url;
if(typeof data19 !== "string"){
const err29 = {instancePath:instancePath+"/logo_url",schemaPath:"#/properties/logo_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.logo_url.type,parentSchema:schema53.properties.logo_url,data:data19};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.http_only_cookie_attribute !== undefined){
let data20 = data.http_only_cookie_attribute;
if(typeof data20 !== "boolean"){
const err30 = {instancePath:instancePath+"/http_only_cookie_attribute",schemaPath:"#/properties/http_only_cookie_attribute/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema53.properties.http_only_cookie_attribute.type,parentSchema:schema53.properties.http_only_cookie_attribute,data:data20};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.same_site_cookie_attribute !== undefined){
let data21 = data.same_site_cookie_attribute;
if(typeof data21 !== "string"){
const err31 = {instancePath:instancePath+"/same_site_cookie_attribute",schemaPath:"#/properties/same_site_cookie_attribute/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.same_site_cookie_attribute.type,parentSchema:schema53.properties.same_site_cookie_attribute,data:data21};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.options_preflight_bypass !== undefined){
let data22 = data.options_preflight_bypass;
if(typeof data22 !== "boolean"){
const err32 = {instancePath:instancePath+"/options_preflight_bypass",schemaPath:"#/properties/options_preflight_bypass/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema53.properties.options_preflight_bypass.type,parentSchema:schema53.properties.options_preflight_bypass,data:data22};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.oauth_configuration !== undefined){
if(!(validate121(data.oauth_configuration, {instancePath:instancePath+"/oauth_configuration",parentData:data,parentDataProperty:"oauth_configuration",rootData}))){
vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
errors = vErrors.length;
}
}
if(data.scim_config !== undefined){
if(!(validate122(data.scim_config, {instancePath:instancePath+"/scim_config",parentData:data,parentDataProperty:"scim_config",rootData}))){
vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
errors = vErrors.length;
}
}
if(data.policies !== undefined){
let data25 = data.policies;
if(Array.isArray(data25)){
const len5 = data25.length;
for(let i5=0; i5<len5; i5++){
if(!(validate133(data25[i5], {instancePath:instancePath+"/policies/" + i5,parentData:data25,parentDataProperty:i5,rootData}))){
vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
errors = vErrors.length;
}
}
}
else {
const err33 = {instancePath:instancePath+"/policies",schemaPath:"#/properties/policies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.policies.type,parentSchema:schema53.properties.policies,data:data25};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.id !== undefined){
let data27 = data.id;
if(typeof data27 !== "string"){
const err34 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.id.type,parentSchema:schema53.properties.id,data:data27};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.aud !== undefined){
let data28 = data.aud;
if(typeof data28 !== "string"){
const err35 = {instancePath:instancePath+"/aud",schemaPath:"#/properties/aud/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.aud.type,parentSchema:schema53.properties.aud,data:data28};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.created_at !== undefined){
let data29 = data.created_at;
if(typeof data29 === "string"){
if(!(formats2.validate(data29))){
const err36 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema53.properties.created_at,data:data29};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.created_at.type,parentSchema:schema53.properties.created_at,data:data29};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.updated_at !== undefined){
let data30 = data.updated_at;
if(typeof data30 === "string"){
if(!(formats2.validate(data30))){
const err38 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema53.properties.updated_at,data:data30};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.updated_at.type,parentSchema:schema53.properties.updated_at,data:data30};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
validate134.errors = vErrors;
return errors === 0;
}

const v36 = validate140;
const schema55 = {"type":"string","description":"How long the token stays valid, Go syntax (300ms, 2h45m; units ns, us, µs, ms, s, m, h) or forever. Default 8760h.","pattern":"^(forever|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$"};
const pattern18 = new RegExp("^(forever|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$", "u");

function validate140(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!pattern18.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(forever|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$"},message:"must match pattern \""+"^(forever|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$"+"\"",schema:"^(forever|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$",parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.type,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate140.errors = vErrors;
return errors === 0;
}

const v37 = validate141;
const schema56 = {"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1,"maxLength":350},"duration":{"$ref":"#/definitions/Duration"},"enabled":{"type":"boolean"},"client_secret_version":{"type":"integer","minimum":1},"previous_client_secret_expires_at":{"type":"string","format":"date-time"}}};

function validate141(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "duration")) || (key0 === "enabled")) || (key0 === "client_secret_version")) || (key0 === "previous_client_secret_expires_at"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 350){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 350},message:"must NOT have more than 350 characters",schema:350,parentSchema:schema56.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.name.type,parentSchema:schema56.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.duration !== undefined){
if(!(validate140(data.duration, {instancePath:instancePath+"/duration",parentData:data,parentDataProperty:"duration",rootData}))){
vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
errors = vErrors.length;
}
}
if(data.enabled !== undefined){
let data2 = data.enabled;
if(typeof data2 !== "boolean"){
const err5 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema56.properties.enabled.type,parentSchema:schema56.properties.enabled,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.client_secret_version !== undefined){
let data3 = data.client_secret_version;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/client_secret_version",schemaPath:"#/properties/client_secret_version/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema56.properties.client_secret_version.type,parentSchema:schema56.properties.client_secret_version,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/client_secret_version",schemaPath:"#/properties/client_secret_version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema56.properties.client_secret_version,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.previous_client_secret_expires_at !== undefined){
let data4 = data.previous_client_secret_expires_at;
if(typeof data4 === "string"){
if(!(formats2.validate(data4))){
const err8 = {instancePath:instancePath+"/previous_client_secret_expires_at",schemaPath:"#/properties/previous_client_secret_expires_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema56.properties.previous_client_secret_expires_at,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/previous_client_secret_expires_at",schemaPath:"#/properties/previous_client_secret_expires_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.previous_client_secret_expires_at.type,parentSchema:schema56.properties.previous_client_secret_expires_at,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate141.errors = vErrors;
return errors === 0;
}

const v38 = validate143;
const schema57 = {"type":"object","additionalProperties":false,"description":"PUT body; omitted fields keep their values. A new duration counts from now; a higher client_secret_version rotates the secret (answered once as client_secret).","properties":{"name":{"type":"string","minLength":1,"maxLength":350},"duration":{"$ref":"#/definitions/Duration"},"enabled":{"type":"boolean"},"client_secret_version":{"type":"integer","minimum":1},"previous_client_secret_expires_at":{"type":"string","format":"date-time"}}};

function validate143(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "duration")) || (key0 === "enabled")) || (key0 === "client_secret_version")) || (key0 === "previous_client_secret_expires_at"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 350){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 350},message:"must NOT have more than 350 characters",schema:350,parentSchema:schema57.properties.name,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func2(data0) < 1){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.name.type,parentSchema:schema57.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.duration !== undefined){
if(!(validate140(data.duration, {instancePath:instancePath+"/duration",parentData:data,parentDataProperty:"duration",rootData}))){
vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
errors = vErrors.length;
}
}
if(data.enabled !== undefined){
let data2 = data.enabled;
if(typeof data2 !== "boolean"){
const err4 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema57.properties.enabled.type,parentSchema:schema57.properties.enabled,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.client_secret_version !== undefined){
let data3 = data.client_secret_version;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err5 = {instancePath:instancePath+"/client_secret_version",schemaPath:"#/properties/client_secret_version/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.client_secret_version.type,parentSchema:schema57.properties.client_secret_version,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/client_secret_version",schemaPath:"#/properties/client_secret_version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema57.properties.client_secret_version,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.previous_client_secret_expires_at !== undefined){
let data4 = data.previous_client_secret_expires_at;
if(typeof data4 === "string"){
if(!(formats2.validate(data4))){
const err7 = {instancePath:instancePath+"/previous_client_secret_expires_at",schemaPath:"#/properties/previous_client_secret_expires_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema57.properties.previous_client_secret_expires_at,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/previous_client_secret_expires_at",schemaPath:"#/properties/previous_client_secret_expires_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.previous_client_secret_expires_at.type,parentSchema:schema57.properties.previous_client_secret_expires_at,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate143.errors = vErrors;
return errors === 0;
}

const v39 = validate145;
const schema58 = {"type":"object","additionalProperties":false,"description":"POST {id}/rotate body: until when the previous secret stays valid (default: now).","properties":{"previous_client_secret_expires_at":{"type":"string","format":"date-time"}}};

function validate145(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "previous_client_secret_expires_at")){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.previous_client_secret_expires_at !== undefined){
let data0 = data.previous_client_secret_expires_at;
if(typeof data0 === "string"){
if(!(formats2.validate(data0))){
const err1 = {instancePath:instancePath+"/previous_client_secret_expires_at",schemaPath:"#/properties/previous_client_secret_expires_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema58.properties.previous_client_secret_expires_at,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/previous_client_secret_expires_at",schemaPath:"#/properties/previous_client_secret_expires_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.previous_client_secret_expires_at.type,parentSchema:schema58.properties.previous_client_secret_expires_at,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate145.errors = vErrors;
return errors === 0;
}

const v40 = validate146;
const schema59 = {"type":"object","additionalProperties":false,"required":["id","name","client_id","duration","enabled","client_secret_version","expires_at","created_at","updated_at"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"client_id":{"type":"string"},"duration":{"type":"string"},"enabled":{"type":"boolean"},"client_secret_version":{"type":"integer"},"previous_client_secret_expires_at":{"type":"string","format":"date-time"},"expires_at":{"type":"string","format":"date-time"},"last_seen_at":{"type":"string","format":"date-time"},"created_at":{"type":"string","format":"date-time"},"updated_at":{"type":"string","format":"date-time"}}};

function validate146(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.client_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client_id"},message:"must have required property '"+"client_id"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.duration === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "duration"},message:"must have required property '"+"duration"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.enabled === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "enabled"},message:"must have required property '"+"enabled"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.client_secret_version === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client_secret_version"},message:"must have required property '"+"client_secret_version"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.expires_at === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expires_at"},message:"must have required property '"+"expires_at"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.created_at === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.updated_at === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updated_at"},message:"must have required property '"+"updated_at"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func7.call(schema59.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.id.type,parentSchema:schema59.properties.id,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 !== "string"){
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.name.type,parentSchema:schema59.properties.name,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.client_id !== undefined){
let data2 = data.client_id;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/client_id",schemaPath:"#/properties/client_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.client_id.type,parentSchema:schema59.properties.client_id,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.duration !== undefined){
let data3 = data.duration;
if(typeof data3 !== "string"){
const err13 = {instancePath:instancePath+"/duration",schemaPath:"#/properties/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.duration.type,parentSchema:schema59.properties.duration,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.enabled !== undefined){
let data4 = data.enabled;
if(typeof data4 !== "boolean"){
const err14 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema59.properties.enabled.type,parentSchema:schema59.properties.enabled,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.client_secret_version !== undefined){
let data5 = data.client_secret_version;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err15 = {instancePath:instancePath+"/client_secret_version",schemaPath:"#/properties/client_secret_version/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.properties.client_secret_version.type,parentSchema:schema59.properties.client_secret_version,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.previous_client_secret_expires_at !== undefined){
let data6 = data.previous_client_secret_expires_at;
if(typeof data6 === "string"){
if(!(formats2.validate(data6))){
const err16 = {instancePath:instancePath+"/previous_client_secret_expires_at",schemaPath:"#/properties/previous_client_secret_expires_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema59.properties.previous_client_secret_expires_at,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/previous_client_secret_expires_at",schemaPath:"#/properties/previous_client_secret_expires_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.previous_client_secret_expires_at.type,parentSchema:schema59.properties.previous_client_secret_expires_at,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.expires_at !== undefined){
let data7 = data.expires_at;
if(typeof data7 === "string"){
if(!(formats2.validate(data7))){
const err18 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema59.properties.expires_at,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.expires_at.type,parentSchema:schema59.properties.expires_at,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.last_seen_at !== undefined){
let data8 = data.last_seen_at;
if(typeof data8 === "string"){
if(!(formats2.validate(data8))){
const err20 = {instancePath:instancePath+"/last_seen_at",schemaPath:"#/properties/last_seen_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema59.properties.last_seen_at,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/last_seen_at",schemaPath:"#/properties/last_seen_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.last_seen_at.type,parentSchema:schema59.properties.last_seen_at,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.created_at !== undefined){
let data9 = data.created_at;
if(typeof data9 === "string"){
if(!(formats2.validate(data9))){
const err22 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema59.properties.created_at,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.created_at.type,parentSchema:schema59.properties.created_at,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.updated_at !== undefined){
let data10 = data.updated_at;
if(typeof data10 === "string"){
if(!(formats2.validate(data10))){
const err24 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema59.properties.updated_at,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.updated_at.type,parentSchema:schema59.properties.updated_at,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate146.errors = vErrors;
return errors === 0;
}

const v41 = validate147;
const schema60 = {"description":"The answer to create and rotate (and to an update that rotates): the token with its client_secret, shown only this once.","type":"object","additionalProperties":false,"required":["id","name","client_id","duration","enabled","client_secret_version","expires_at","created_at","updated_at","client_secret"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"client_id":{"type":"string"},"duration":{"type":"string"},"enabled":{"type":"boolean"},"client_secret_version":{"type":"integer"},"previous_client_secret_expires_at":{"type":"string","format":"date-time"},"expires_at":{"type":"string","format":"date-time"},"last_seen_at":{"type":"string","format":"date-time"},"created_at":{"type":"string","format":"date-time"},"updated_at":{"type":"string","format":"date-time"},"client_secret":{"type":"string"}}};

function validate147(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.client_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client_id"},message:"must have required property '"+"client_id"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.duration === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "duration"},message:"must have required property '"+"duration"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.enabled === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "enabled"},message:"must have required property '"+"enabled"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.client_secret_version === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client_secret_version"},message:"must have required property '"+"client_secret_version"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.expires_at === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expires_at"},message:"must have required property '"+"expires_at"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.created_at === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.updated_at === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updated_at"},message:"must have required property '"+"updated_at"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.client_secret === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client_secret"},message:"must have required property '"+"client_secret"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func7.call(schema60.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.id.type,parentSchema:schema60.properties.id,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 !== "string"){
const err12 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.name.type,parentSchema:schema60.properties.name,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.client_id !== undefined){
let data2 = data.client_id;
if(typeof data2 !== "string"){
const err13 = {instancePath:instancePath+"/client_id",schemaPath:"#/properties/client_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.client_id.type,parentSchema:schema60.properties.client_id,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.duration !== undefined){
let data3 = data.duration;
if(typeof data3 !== "string"){
const err14 = {instancePath:instancePath+"/duration",schemaPath:"#/properties/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.duration.type,parentSchema:schema60.properties.duration,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.enabled !== undefined){
let data4 = data.enabled;
if(typeof data4 !== "boolean"){
const err15 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema60.properties.enabled.type,parentSchema:schema60.properties.enabled,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.client_secret_version !== undefined){
let data5 = data.client_secret_version;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err16 = {instancePath:instancePath+"/client_secret_version",schemaPath:"#/properties/client_secret_version/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema60.properties.client_secret_version.type,parentSchema:schema60.properties.client_secret_version,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.previous_client_secret_expires_at !== undefined){
let data6 = data.previous_client_secret_expires_at;
if(typeof data6 === "string"){
if(!(formats2.validate(data6))){
const err17 = {instancePath:instancePath+"/previous_client_secret_expires_at",schemaPath:"#/properties/previous_client_secret_expires_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema60.properties.previous_client_secret_expires_at,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/previous_client_secret_expires_at",schemaPath:"#/properties/previous_client_secret_expires_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.previous_client_secret_expires_at.type,parentSchema:schema60.properties.previous_client_secret_expires_at,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.expires_at !== undefined){
let data7 = data.expires_at;
if(typeof data7 === "string"){
if(!(formats2.validate(data7))){
const err19 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema60.properties.expires_at,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.expires_at.type,parentSchema:schema60.properties.expires_at,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.last_seen_at !== undefined){
let data8 = data.last_seen_at;
if(typeof data8 === "string"){
if(!(formats2.validate(data8))){
const err21 = {instancePath:instancePath+"/last_seen_at",schemaPath:"#/properties/last_seen_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema60.properties.last_seen_at,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/last_seen_at",schemaPath:"#/properties/last_seen_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.last_seen_at.type,parentSchema:schema60.properties.last_seen_at,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.created_at !== undefined){
let data9 = data.created_at;
if(typeof data9 === "string"){
if(!(formats2.validate(data9))){
const err23 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema60.properties.created_at,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.created_at.type,parentSchema:schema60.properties.created_at,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.updated_at !== undefined){
let data10 = data.updated_at;
if(typeof data10 === "string"){
if(!(formats2.validate(data10))){
const err25 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema60.properties.updated_at,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.updated_at.type,parentSchema:schema60.properties.updated_at,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.client_secret !== undefined){
let data11 = data.client_secret;
if(typeof data11 !== "string"){
const err27 = {instancePath:instancePath+"/client_secret",schemaPath:"#/properties/client_secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.client_secret.type,parentSchema:schema60.properties.client_secret,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate147.errors = vErrors;
return errors === 0;
}

const v42 = validate149;
const schema62 = {"type":"object","additionalProperties":false,"required":["name","include"],"properties":{"name":{"type":"string","minLength":1,"maxLength":350},"include":{"type":"array","minItems":1,"items":{"$ref":"access-policy.schema.json#/definitions/Rule"}},"exclude":{"type":"array","items":{"$ref":"access-policy.schema.json#/definitions/Rule"}},"require":{"type":"array","items":{"$ref":"access-policy.schema.json#/definitions/Rule"}},"is_default":{"type":"boolean"}}};

function validate149(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.include === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "include"},message:"must have required property '"+"include"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "include")) || (key0 === "exclude")) || (key0 === "require")) || (key0 === "is_default"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 350){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 350},message:"must NOT have more than 350 characters",schema:350,parentSchema:schema62.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data0) < 1){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.name.type,parentSchema:schema62.properties.name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.include !== undefined){
let data1 = data.include;
if(Array.isArray(data1)){
if(data1.length < 1){
const err6 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema62.properties.include,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate87(data1[i0], {instancePath:instancePath+"/include/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.properties.include.type,parentSchema:schema62.properties.include,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.exclude !== undefined){
let data3 = data.exclude;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(!(validate87(data3[i1], {instancePath:instancePath+"/exclude/" + i1,parentData:data3,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/exclude",schemaPath:"#/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.properties.exclude.type,parentSchema:schema62.properties.exclude,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.require !== undefined){
let data5 = data.require;
if(Array.isArray(data5)){
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
if(!(validate87(data5[i2], {instancePath:instancePath+"/require/" + i2,parentData:data5,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/require",schemaPath:"#/properties/require/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.properties.require.type,parentSchema:schema62.properties.require,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.is_default !== undefined){
let data7 = data.is_default;
if(typeof data7 !== "boolean"){
const err10 = {instancePath:instancePath+"/is_default",schemaPath:"#/properties/is_default/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema62.properties.is_default.type,parentSchema:schema62.properties.is_default,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.type,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate149.errors = vErrors;
return errors === 0;
}

const v43 = validate153;
const schema63 = {"type":"object","additionalProperties":false,"required":["name","include"],"description":"PUT body; a full update.","properties":{"name":{"type":"string","minLength":1,"maxLength":350},"include":{"type":"array","minItems":1,"items":{"$ref":"access-policy.schema.json#/definitions/Rule"}},"exclude":{"type":"array","items":{"$ref":"access-policy.schema.json#/definitions/Rule"}},"require":{"type":"array","items":{"$ref":"access-policy.schema.json#/definitions/Rule"}},"is_default":{"type":"boolean"}}};

function validate153(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.include === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "include"},message:"must have required property '"+"include"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "include")) || (key0 === "exclude")) || (key0 === "require")) || (key0 === "is_default"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 350){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 350},message:"must NOT have more than 350 characters",schema:350,parentSchema:schema63.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data0) < 1){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.name.type,parentSchema:schema63.properties.name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.include !== undefined){
let data1 = data.include;
if(Array.isArray(data1)){
if(data1.length < 1){
const err6 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema63.properties.include,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate87(data1[i0], {instancePath:instancePath+"/include/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema63.properties.include.type,parentSchema:schema63.properties.include,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.exclude !== undefined){
let data3 = data.exclude;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(!(validate87(data3[i1], {instancePath:instancePath+"/exclude/" + i1,parentData:data3,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/exclude",schemaPath:"#/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema63.properties.exclude.type,parentSchema:schema63.properties.exclude,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.require !== undefined){
let data5 = data.require;
if(Array.isArray(data5)){
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
if(!(validate87(data5[i2], {instancePath:instancePath+"/require/" + i2,parentData:data5,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/require",schemaPath:"#/properties/require/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema63.properties.require.type,parentSchema:schema63.properties.require,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.is_default !== undefined){
let data7 = data.is_default;
if(typeof data7 !== "boolean"){
const err10 = {instancePath:instancePath+"/is_default",schemaPath:"#/properties/is_default/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema63.properties.is_default.type,parentSchema:schema63.properties.is_default,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate153.errors = vErrors;
return errors === 0;
}

const v44 = validate157;
const schema64 = {"type":"object","additionalProperties":false,"required":["id","name","include","exclude","require","created_at","updated_at"],"properties":{"id":{"type":"string"},"name":{"type":"string","minLength":1,"maxLength":350},"include":{"type":"array","minItems":1,"items":{"$ref":"access-policy.schema.json#/definitions/Rule"}},"exclude":{"type":"array","items":{"$ref":"access-policy.schema.json#/definitions/Rule"}},"require":{"type":"array","items":{"$ref":"access-policy.schema.json#/definitions/Rule"}},"is_default":{"type":"boolean"},"created_at":{"type":"string","format":"date-time"},"updated_at":{"type":"string","format":"date-time"}}};

function validate157(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.include === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "include"},message:"must have required property '"+"include"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.exclude === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "exclude"},message:"must have required property '"+"exclude"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.require === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "require"},message:"must have required property '"+"require"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.created_at === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.updated_at === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updated_at"},message:"must have required property '"+"updated_at"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "name")) || (key0 === "include")) || (key0 === "exclude")) || (key0 === "require")) || (key0 === "is_default")) || (key0 === "created_at")) || (key0 === "updated_at"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.id.type,parentSchema:schema64.properties.id,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func2(data1) > 350){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 350},message:"must NOT have more than 350 characters",schema:350,parentSchema:schema64.properties.name,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data1) < 1){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema64.properties.name,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.name.type,parentSchema:schema64.properties.name,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.include !== undefined){
let data2 = data.include;
if(Array.isArray(data2)){
if(data2.length < 1){
const err12 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema64.properties.include,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate87(data2[i0], {instancePath:instancePath+"/include/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.properties.include.type,parentSchema:schema64.properties.include,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.exclude !== undefined){
let data4 = data.exclude;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(!(validate87(data4[i1], {instancePath:instancePath+"/exclude/" + i1,parentData:data4,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/exclude",schemaPath:"#/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.properties.exclude.type,parentSchema:schema64.properties.exclude,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.require !== undefined){
let data6 = data.require;
if(Array.isArray(data6)){
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
if(!(validate87(data6[i2], {instancePath:instancePath+"/require/" + i2,parentData:data6,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/require",schemaPath:"#/properties/require/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.properties.require.type,parentSchema:schema64.properties.require,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.is_default !== undefined){
let data8 = data.is_default;
if(typeof data8 !== "boolean"){
const err16 = {instancePath:instancePath+"/is_default",schemaPath:"#/properties/is_default/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema64.properties.is_default.type,parentSchema:schema64.properties.is_default,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.created_at !== undefined){
let data9 = data.created_at;
if(typeof data9 === "string"){
if(!(formats2.validate(data9))){
const err17 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema64.properties.created_at,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.created_at.type,parentSchema:schema64.properties.created_at,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.updated_at !== undefined){
let data10 = data.updated_at;
if(typeof data10 === "string"){
if(!(formats2.validate(data10))){
const err19 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema64.properties.updated_at,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.updated_at.type,parentSchema:schema64.properties.updated_at,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.type,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate157.errors = vErrors;
return errors === 0;
}

const v45 = validate162;
const schema66 = {"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1,"maxLength":255,"pattern":"^\\S(.*\\S)?$"}}};
const pattern19 = new RegExp("^\\S(.*\\S)?$", "u");

function validate162(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "name")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 255){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema66.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema66.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern19.test(data0)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema66.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.name.type,parentSchema:schema66.properties.name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.type,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate162.errors = vErrors;
return errors === 0;
}

const v46 = validate163;
const schema67 = {"type":"object","additionalProperties":false,"required":["name"],"description":"PUT body: the new name (a rename is applied to every application using the tag).","properties":{"name":{"type":"string","minLength":1,"maxLength":255,"pattern":"^\\S(.*\\S)?$"}}};

function validate163(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema67.required,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "name")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 255){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema67.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema67.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern19.test(data0)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema67.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.name.type,parentSchema:schema67.properties.name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema67.type,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate163.errors = vErrors;
return errors === 0;
}

const v47 = validate164;
const schema68 = {"type":"object","additionalProperties":false,"required":["name","app_count","created_at","updated_at"],"properties":{"name":{"type":"string"},"app_count":{"type":"integer"},"created_at":{"type":"string","format":"date-time"},"updated_at":{"type":"string","format":"date-time"}}};

function validate164(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.app_count === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "app_count"},message:"must have required property '"+"app_count"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.created_at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.updated_at === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updated_at"},message:"must have required property '"+"updated_at"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "app_count")) || (key0 === "created_at")) || (key0 === "updated_at"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.name.type,parentSchema:schema68.properties.name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.app_count !== undefined){
let data1 = data.app_count;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/app_count",schemaPath:"#/properties/app_count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema68.properties.app_count.type,parentSchema:schema68.properties.app_count,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.created_at !== undefined){
let data2 = data.created_at;
if(typeof data2 === "string"){
if(!(formats2.validate(data2))){
const err7 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema68.properties.created_at,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.created_at.type,parentSchema:schema68.properties.created_at,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.updated_at !== undefined){
let data3 = data.updated_at;
if(typeof data3 === "string"){
if(!(formats2.validate(data3))){
const err9 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema68.properties.updated_at,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.updated_at.type,parentSchema:schema68.properties.updated_at,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.type,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate164.errors = vErrors;
return errors === 0;
}

const v48 = validate166;
const schema70 = {"description":"The record types the embedded portal stores (their content is one string); Cloudflare has more.","type":"string","enum":["A","AAAA","CNAME","NS","PTR","TXT"]};

function validate166(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.type,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((data === "A") || (data === "AAAA")) || (data === "CNAME")) || (data === "NS")) || (data === "PTR")) || (data === "TXT"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema70.enum},message:"must be equal to one of the allowed values",schema:schema70.enum,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate166.errors = vErrors;
return errors === 0;
}

const v49 = validate167;
const schema71 = {"description":"The record's name: the complete name including the zone's, in Punycode.","type":"string","minLength":1,"maxLength":255};

function validate167(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(func2(data) > 255){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func2(data) < 1){
const err1 = {instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate167.errors = vErrors;
return errors === 0;
}

const v50 = validate168;
const schema72 = {"type":"string","minLength":1,"maxLength":2048};

function validate168(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(func2(data) > 2048){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func2(data) < 1){
const err1 = {instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.type,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate168.errors = vErrors;
return errors === 0;
}

const v51 = validate169;
const schema73 = {"description":"Time to live in seconds: 1 (automatic) or 30 to 86400; proxied records are always automatic.","type":"integer","minimum":1,"maximum":86400};

function validate169(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema73.type,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data == "number") && (isFinite(data))){
if(data > 86400 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400},message:"must be <= 86400",schema:86400,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data < 1 || isNaN(data)){
const err2 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
validate169.errors = vErrors;
return errors === 0;
}

const v52 = validate170;
const schema74 = {"description":"Free text; the reconciler marks the records it manages with mcp-portals:<owner>.","type":"string","maxLength":500};

function validate170(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(func2(data) > 500){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.type,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate170.errors = vErrors;
return errors === 0;
}

const v53 = validate171;
const schema75 = {"type":"array","items":{"description":"name:value (or a bare name).","type":"string","minLength":1,"maxLength":255}};

function validate171(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(func2(data0) > 255){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema75.items,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func2(data0) < 1){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema75.items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.items.type,parentSchema:schema75.items,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema75.type,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate171.errors = vErrors;
return errors === 0;
}

const v54 = validate172;
const schema76 = {"type":"object","additionalProperties":false,"required":["name","type","content"],"properties":{"name":{"$ref":"#/definitions/Name"},"type":{"$ref":"#/definitions/Type"},"content":{"$ref":"#/definitions/Content"},"ttl":{"$ref":"#/definitions/Ttl"},"proxied":{"type":"boolean"},"comment":{"$ref":"#/definitions/Comment"},"tags":{"$ref":"#/definitions/Tags"}}};

function validate172(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.content === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "name") || (key0 === "type")) || (key0 === "content")) || (key0 === "ttl")) || (key0 === "proxied")) || (key0 === "comment")) || (key0 === "tags"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
if(!(validate167(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData}))){
vErrors = vErrors === null ? validate167.errors : vErrors.concat(validate167.errors);
errors = vErrors.length;
}
}
if(data.type !== undefined){
if(!(validate166(data.type, {instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData}))){
vErrors = vErrors === null ? validate166.errors : vErrors.concat(validate166.errors);
errors = vErrors.length;
}
}
if(data.content !== undefined){
if(!(validate168(data.content, {instancePath:instancePath+"/content",parentData:data,parentDataProperty:"content",rootData}))){
vErrors = vErrors === null ? validate168.errors : vErrors.concat(validate168.errors);
errors = vErrors.length;
}
}
if(data.ttl !== undefined){
if(!(validate169(data.ttl, {instancePath:instancePath+"/ttl",parentData:data,parentDataProperty:"ttl",rootData}))){
vErrors = vErrors === null ? validate169.errors : vErrors.concat(validate169.errors);
errors = vErrors.length;
}
}
if(data.proxied !== undefined){
let data4 = data.proxied;
if(typeof data4 !== "boolean"){
const err4 = {instancePath:instancePath+"/proxied",schemaPath:"#/properties/proxied/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema76.properties.proxied.type,parentSchema:schema76.properties.proxied,data:data4};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.comment !== undefined){
if(!(validate170(data.comment, {instancePath:instancePath+"/comment",parentData:data,parentDataProperty:"comment",rootData}))){
vErrors = vErrors === null ? validate170.errors : vErrors.concat(validate170.errors);
errors = vErrors.length;
}
}
if(data.tags !== undefined){
if(!(validate171(data.tags, {instancePath:instancePath+"/tags",parentData:data,parentDataProperty:"tags",rootData}))){
vErrors = vErrors === null ? validate171.errors : vErrors.concat(validate171.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema76.type,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate172.errors = vErrors;
return errors === 0;
}

const v55 = validate179;
const schema77 = {"description":"PUT body: the whole record (what it omits returns to its default).","type":"object","additionalProperties":false,"required":["name","type","content"],"properties":{"name":{"$ref":"#/definitions/Name"},"type":{"$ref":"#/definitions/Type"},"content":{"$ref":"#/definitions/Content"},"ttl":{"$ref":"#/definitions/Ttl"},"proxied":{"type":"boolean"},"comment":{"$ref":"#/definitions/Comment"},"tags":{"$ref":"#/definitions/Tags"}}};

function validate179(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.content === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "name") || (key0 === "type")) || (key0 === "content")) || (key0 === "ttl")) || (key0 === "proxied")) || (key0 === "comment")) || (key0 === "tags"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
if(!(validate167(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData}))){
vErrors = vErrors === null ? validate167.errors : vErrors.concat(validate167.errors);
errors = vErrors.length;
}
}
if(data.type !== undefined){
if(!(validate166(data.type, {instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData}))){
vErrors = vErrors === null ? validate166.errors : vErrors.concat(validate166.errors);
errors = vErrors.length;
}
}
if(data.content !== undefined){
if(!(validate168(data.content, {instancePath:instancePath+"/content",parentData:data,parentDataProperty:"content",rootData}))){
vErrors = vErrors === null ? validate168.errors : vErrors.concat(validate168.errors);
errors = vErrors.length;
}
}
if(data.ttl !== undefined){
if(!(validate169(data.ttl, {instancePath:instancePath+"/ttl",parentData:data,parentDataProperty:"ttl",rootData}))){
vErrors = vErrors === null ? validate169.errors : vErrors.concat(validate169.errors);
errors = vErrors.length;
}
}
if(data.proxied !== undefined){
let data4 = data.proxied;
if(typeof data4 !== "boolean"){
const err4 = {instancePath:instancePath+"/proxied",schemaPath:"#/properties/proxied/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema77.properties.proxied.type,parentSchema:schema77.properties.proxied,data:data4};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.comment !== undefined){
if(!(validate170(data.comment, {instancePath:instancePath+"/comment",parentData:data,parentDataProperty:"comment",rootData}))){
vErrors = vErrors === null ? validate170.errors : vErrors.concat(validate170.errors);
errors = vErrors.length;
}
}
if(data.tags !== undefined){
if(!(validate171(data.tags, {instancePath:instancePath+"/tags",parentData:data,parentDataProperty:"tags",rootData}))){
vErrors = vErrors === null ? validate171.errors : vErrors.concat(validate171.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.type,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate179.errors = vErrors;
return errors === 0;
}

const v56 = validate186;
const schema78 = {"description":"PATCH body: only the fields given change.","type":"object","additionalProperties":false,"properties":{"name":{"$ref":"#/definitions/Name"},"type":{"$ref":"#/definitions/Type"},"content":{"$ref":"#/definitions/Content"},"ttl":{"$ref":"#/definitions/Ttl"},"proxied":{"type":"boolean"},"comment":{"$ref":"#/definitions/Comment"},"tags":{"$ref":"#/definitions/Tags"}}};

function validate186(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "name") || (key0 === "type")) || (key0 === "content")) || (key0 === "ttl")) || (key0 === "proxied")) || (key0 === "comment")) || (key0 === "tags"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.name !== undefined){
if(!(validate167(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData}))){
vErrors = vErrors === null ? validate167.errors : vErrors.concat(validate167.errors);
errors = vErrors.length;
}
}
if(data.type !== undefined){
if(!(validate166(data.type, {instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData}))){
vErrors = vErrors === null ? validate166.errors : vErrors.concat(validate166.errors);
errors = vErrors.length;
}
}
if(data.content !== undefined){
if(!(validate168(data.content, {instancePath:instancePath+"/content",parentData:data,parentDataProperty:"content",rootData}))){
vErrors = vErrors === null ? validate168.errors : vErrors.concat(validate168.errors);
errors = vErrors.length;
}
}
if(data.ttl !== undefined){
if(!(validate169(data.ttl, {instancePath:instancePath+"/ttl",parentData:data,parentDataProperty:"ttl",rootData}))){
vErrors = vErrors === null ? validate169.errors : vErrors.concat(validate169.errors);
errors = vErrors.length;
}
}
if(data.proxied !== undefined){
let data4 = data.proxied;
if(typeof data4 !== "boolean"){
const err1 = {instancePath:instancePath+"/proxied",schemaPath:"#/properties/proxied/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema78.properties.proxied.type,parentSchema:schema78.properties.proxied,data:data4};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.comment !== undefined){
if(!(validate170(data.comment, {instancePath:instancePath+"/comment",parentData:data,parentDataProperty:"comment",rootData}))){
vErrors = vErrors === null ? validate170.errors : vErrors.concat(validate170.errors);
errors = vErrors.length;
}
}
if(data.tags !== undefined){
if(!(validate171(data.tags, {instancePath:instancePath+"/tags",parentData:data,parentDataProperty:"tags",rootData}))){
vErrors = vErrors === null ? validate171.errors : vErrors.concat(validate171.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema78.type,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate186.errors = vErrors;
return errors === 0;
}

const v57 = validate193;
const schema79 = {"type":"object","additionalProperties":false,"required":["id","name","type","content","ttl","proxied","proxiable","tags","settings","meta","created_on","modified_on"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"type":{"$ref":"#/definitions/Type"},"content":{"type":"string"},"ttl":{"type":"integer"},"proxied":{"type":"boolean"},"proxiable":{"type":"boolean"},"comment":{"type":"string"},"tags":{"type":"array","items":{"type":"string"}},"settings":{"type":"object","additionalProperties":true},"meta":{"type":"object","additionalProperties":true},"created_on":{"type":"string","format":"date-time"},"modified_on":{"type":"string","format":"date-time"},"comment_modified_on":{"type":"string","format":"date-time"},"tags_modified_on":{"type":"string","format":"date-time"}}};

function validate193(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.type === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.content === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.ttl === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ttl"},message:"must have required property '"+"ttl"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.proxied === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "proxied"},message:"must have required property '"+"proxied"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.proxiable === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "proxiable"},message:"must have required property '"+"proxiable"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.tags === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tags"},message:"must have required property '"+"tags"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.settings === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "settings"},message:"must have required property '"+"settings"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.meta === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "meta"},message:"must have required property '"+"meta"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.created_on === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_on"},message:"must have required property '"+"created_on"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.modified_on === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "modified_on"},message:"must have required property '"+"modified_on"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key0 in data){
if(!(func7.call(schema79.properties, key0))){
const err12 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err13 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.properties.id.type,parentSchema:schema79.properties.id,data:data0};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 !== "string"){
const err14 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.properties.name.type,parentSchema:schema79.properties.name,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.type !== undefined){
if(!(validate166(data.type, {instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData}))){
vErrors = vErrors === null ? validate166.errors : vErrors.concat(validate166.errors);
errors = vErrors.length;
}
}
if(data.content !== undefined){
let data3 = data.content;
if(typeof data3 !== "string"){
const err15 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.properties.content.type,parentSchema:schema79.properties.content,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.ttl !== undefined){
let data4 = data.ttl;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err16 = {instancePath:instancePath+"/ttl",schemaPath:"#/properties/ttl/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema79.properties.ttl.type,parentSchema:schema79.properties.ttl,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.proxied !== undefined){
let data5 = data.proxied;
if(typeof data5 !== "boolean"){
const err17 = {instancePath:instancePath+"/proxied",schemaPath:"#/properties/proxied/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema79.properties.proxied.type,parentSchema:schema79.properties.proxied,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.proxiable !== undefined){
let data6 = data.proxiable;
if(typeof data6 !== "boolean"){
const err18 = {instancePath:instancePath+"/proxiable",schemaPath:"#/properties/proxiable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema79.properties.proxiable.type,parentSchema:schema79.properties.proxiable,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.comment !== undefined){
let data7 = data.comment;
if(typeof data7 !== "string"){
const err19 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.properties.comment.type,parentSchema:schema79.properties.comment,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.tags !== undefined){
let data8 = data.tags;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(typeof data9 !== "string"){
const err20 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.properties.tags.items.type,parentSchema:schema79.properties.tags.items,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema79.properties.tags.type,parentSchema:schema79.properties.tags,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.settings !== undefined){
let data10 = data.settings;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
}
else {
const err22 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema79.properties.settings.type,parentSchema:schema79.properties.settings,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.meta !== undefined){
let data11 = data.meta;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
}
else {
const err23 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema79.properties.meta.type,parentSchema:schema79.properties.meta,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.created_on !== undefined){
let data12 = data.created_on;
if(typeof data12 === "string"){
if(!(formats2.validate(data12))){
const err24 = {instancePath:instancePath+"/created_on",schemaPath:"#/properties/created_on/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema79.properties.created_on,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/created_on",schemaPath:"#/properties/created_on/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.properties.created_on.type,parentSchema:schema79.properties.created_on,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.modified_on !== undefined){
let data13 = data.modified_on;
if(typeof data13 === "string"){
if(!(formats2.validate(data13))){
const err26 = {instancePath:instancePath+"/modified_on",schemaPath:"#/properties/modified_on/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema79.properties.modified_on,data:data13};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/modified_on",schemaPath:"#/properties/modified_on/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.properties.modified_on.type,parentSchema:schema79.properties.modified_on,data:data13};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.comment_modified_on !== undefined){
let data14 = data.comment_modified_on;
if(typeof data14 === "string"){
if(!(formats2.validate(data14))){
const err28 = {instancePath:instancePath+"/comment_modified_on",schemaPath:"#/properties/comment_modified_on/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema79.properties.comment_modified_on,data:data14};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/comment_modified_on",schemaPath:"#/properties/comment_modified_on/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.properties.comment_modified_on.type,parentSchema:schema79.properties.comment_modified_on,data:data14};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.tags_modified_on !== undefined){
let data15 = data.tags_modified_on;
if(typeof data15 === "string"){
if(!(formats2.validate(data15))){
const err30 = {instancePath:instancePath+"/tags_modified_on",schemaPath:"#/properties/tags_modified_on/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema79.properties.tags_modified_on,data:data15};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/tags_modified_on",schemaPath:"#/properties/tags_modified_on/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.properties.tags_modified_on.type,parentSchema:schema79.properties.tags_modified_on,data:data15};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema79.type,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate193.errors = vErrors;
return errors === 0;
}

const v58 = validate195;
const schema80 = {"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string"}}};

function validate195(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "id")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.properties.id.type,parentSchema:schema80.properties.id,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema80.type,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate195.errors = vErrors;
return errors === 0;
}

const v59 = validate197;
const schema82 = {"type":"object","additionalProperties":false,"required":["id","name","type","config"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"type":{"type":"string","enum":["oidc"]},"config":{"type":"object","additionalProperties":false,"required":["claims","scopes"],"properties":{"claims":{"type":"array","items":{"type":"string"}},"scopes":{"type":"array","items":{"type":"string"}},"email_claim_name":{"type":"string"}}},"scim_config":{"type":"object","additionalProperties":false,"required":["enabled"],"properties":{"enabled":{"type":"boolean"}}}}};

function validate197(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.type === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.config === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "name")) || (key0 === "type")) || (key0 === "config")) || (key0 === "scim_config"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.properties.id.type,parentSchema:schema82.properties.id,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.properties.name.type,parentSchema:schema82.properties.name,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.type !== undefined){
let data2 = data.type;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.properties.type.type,parentSchema:schema82.properties.type,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(data2 === "oidc")){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema82.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema82.properties.type.enum,parentSchema:schema82.properties.type,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.config !== undefined){
let data3 = data.config;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.claims === undefined){
const err9 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/required",keyword:"required",params:{missingProperty: "claims"},message:"must have required property '"+"claims"+"'",schema:schema82.properties.config.required,parentSchema:schema82.properties.config,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3.scopes === undefined){
const err10 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/required",keyword:"required",params:{missingProperty: "scopes"},message:"must have required property '"+"scopes"+"'",schema:schema82.properties.config.required,parentSchema:schema82.properties.config,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "claims") || (key1 === "scopes")) || (key1 === "email_claim_name"))){
const err11 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema82.properties.config,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.claims !== undefined){
let data4 = data3.claims;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 !== "string"){
const err12 = {instancePath:instancePath+"/config/claims/" + i0,schemaPath:"#/properties/config/properties/claims/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.properties.config.properties.claims.items.type,parentSchema:schema82.properties.config.properties.claims.items,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/config/claims",schemaPath:"#/properties/config/properties/claims/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema82.properties.config.properties.claims.type,parentSchema:schema82.properties.config.properties.claims,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.scopes !== undefined){
let data6 = data3.scopes;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(typeof data7 !== "string"){
const err14 = {instancePath:instancePath+"/config/scopes/" + i1,schemaPath:"#/properties/config/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.properties.config.properties.scopes.items.type,parentSchema:schema82.properties.config.properties.scopes.items,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/config/scopes",schemaPath:"#/properties/config/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema82.properties.config.properties.scopes.type,parentSchema:schema82.properties.config.properties.scopes,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.email_claim_name !== undefined){
let data8 = data3.email_claim_name;
if(typeof data8 !== "string"){
const err16 = {instancePath:instancePath+"/config/email_claim_name",schemaPath:"#/properties/config/properties/email_claim_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.properties.config.properties.email_claim_name.type,parentSchema:schema82.properties.config.properties.email_claim_name,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema82.properties.config.type,parentSchema:schema82.properties.config,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.scim_config !== undefined){
let data9 = data.scim_config;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.enabled === undefined){
const err18 = {instancePath:instancePath+"/scim_config",schemaPath:"#/properties/scim_config/required",keyword:"required",params:{missingProperty: "enabled"},message:"must have required property '"+"enabled"+"'",schema:schema82.properties.scim_config.required,parentSchema:schema82.properties.scim_config,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key2 in data9){
if(!(key2 === "enabled")){
const err19 = {instancePath:instancePath+"/scim_config",schemaPath:"#/properties/scim_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema82.properties.scim_config,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data9.enabled !== undefined){
let data10 = data9.enabled;
if(typeof data10 !== "boolean"){
const err20 = {instancePath:instancePath+"/scim_config/enabled",schemaPath:"#/properties/scim_config/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema82.properties.scim_config.properties.enabled.type,parentSchema:schema82.properties.scim_config.properties.enabled,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/scim_config",schemaPath:"#/properties/scim_config/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema82.properties.scim_config.type,parentSchema:schema82.properties.scim_config,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema82.type,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate197.errors = vErrors;
return errors === 0;
}

const v60 = validate199;
const schema84 = {"type":"string","enum":["ok","error","denied","timeout","cancelled"]};

function validate199(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.type,parentSchema:schema84,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((data === "ok") || (data === "error")) || (data === "denied")) || (data === "timeout")) || (data === "cancelled"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema84.enum},message:"must be equal to one of the allowed values",schema:schema84.enum,parentSchema:schema84,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate199.errors = vErrors;
return errors === 0;
}

const v61 = validate200;
const schema85 = {"type":"object","additionalProperties":false,"required":["id","time","status","portal_id","server_id","method","capability","duration_ms","user","session_id","error"],"properties":{"id":{"type":"integer","description":"Increasing; use after_id to follow new rows."},"time":{"type":"string","format":"date-time"},"status":{"$ref":"#/definitions/Status"},"portal_id":{"type":"string"},"server_id":{"type":["string","null"]},"method":{"type":"string","description":"The JSON-RPC method, e.g. tools/call."},"capability":{"type":["string","null"],"description":"The tool or prompt name at the upstream (before prefixing and aliases)."},"duration_ms":{"type":"number"},"user":{"type":["string","null"],"description":"The user's email, the service token's client id, or null when anonymous."},"session_id":{"type":["string","null"]},"error":{"type":["string","null"]},"execution_id":{"type":["string","null"],"description":"A code-mode execution (portal_codemode_execute or portal_execute): set on its row and on the rows of the tool calls it made."},"payload":{"description":"{arguments, result}, only when payload capture is on."}}};

function validate200(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema85.required,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.time === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'",schema:schema85.required,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema85.required,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.portal_id === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "portal_id"},message:"must have required property '"+"portal_id"+"'",schema:schema85.required,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.server_id === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "server_id"},message:"must have required property '"+"server_id"+"'",schema:schema85.required,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.method === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'",schema:schema85.required,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.capability === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "capability"},message:"must have required property '"+"capability"+"'",schema:schema85.required,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.duration_ms === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "duration_ms"},message:"must have required property '"+"duration_ms"+"'",schema:schema85.required,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.user === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'",schema:schema85.required,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.session_id === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "session_id"},message:"must have required property '"+"session_id"+"'",schema:schema85.required,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.error === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'",schema:schema85.required,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!(func7.call(schema85.properties, key0))){
const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err12 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema85.properties.id.type,parentSchema:schema85.properties.id,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.time !== undefined){
let data1 = data.time;
if(typeof data1 === "string"){
if(!(formats2.validate(data1))){
const err13 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema85.properties.time,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.time.type,parentSchema:schema85.properties.time,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.status !== undefined){
if(!(validate199(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate199.errors : vErrors.concat(validate199.errors);
errors = vErrors.length;
}
}
if(data.portal_id !== undefined){
let data3 = data.portal_id;
if(typeof data3 !== "string"){
const err15 = {instancePath:instancePath+"/portal_id",schemaPath:"#/properties/portal_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.portal_id.type,parentSchema:schema85.properties.portal_id,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.server_id !== undefined){
let data4 = data.server_id;
if((typeof data4 !== "string") && (data4 !== null)){
const err16 = {instancePath:instancePath+"/server_id",schemaPath:"#/properties/server_id/type",keyword:"type",params:{type: schema85.properties.server_id.type},message:"must be string,null",schema:schema85.properties.server_id.type,parentSchema:schema85.properties.server_id,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.method !== undefined){
let data5 = data.method;
if(typeof data5 !== "string"){
const err17 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.method.type,parentSchema:schema85.properties.method,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.capability !== undefined){
let data6 = data.capability;
if((typeof data6 !== "string") && (data6 !== null)){
const err18 = {instancePath:instancePath+"/capability",schemaPath:"#/properties/capability/type",keyword:"type",params:{type: schema85.properties.capability.type},message:"must be string,null",schema:schema85.properties.capability.type,parentSchema:schema85.properties.capability,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.duration_ms !== undefined){
let data7 = data.duration_ms;
if(!((typeof data7 == "number") && (isFinite(data7)))){
const err19 = {instancePath:instancePath+"/duration_ms",schemaPath:"#/properties/duration_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema85.properties.duration_ms.type,parentSchema:schema85.properties.duration_ms,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.user !== undefined){
let data8 = data.user;
if((typeof data8 !== "string") && (data8 !== null)){
const err20 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: schema85.properties.user.type},message:"must be string,null",schema:schema85.properties.user.type,parentSchema:schema85.properties.user,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.session_id !== undefined){
let data9 = data.session_id;
if((typeof data9 !== "string") && (data9 !== null)){
const err21 = {instancePath:instancePath+"/session_id",schemaPath:"#/properties/session_id/type",keyword:"type",params:{type: schema85.properties.session_id.type},message:"must be string,null",schema:schema85.properties.session_id.type,parentSchema:schema85.properties.session_id,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.error !== undefined){
let data10 = data.error;
if((typeof data10 !== "string") && (data10 !== null)){
const err22 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: schema85.properties.error.type},message:"must be string,null",schema:schema85.properties.error.type,parentSchema:schema85.properties.error,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.execution_id !== undefined){
let data11 = data.execution_id;
if((typeof data11 !== "string") && (data11 !== null)){
const err23 = {instancePath:instancePath+"/execution_id",schemaPath:"#/properties/execution_id/type",keyword:"type",params:{type: schema85.properties.execution_id.type},message:"must be string,null",schema:schema85.properties.execution_id.type,parentSchema:schema85.properties.execution_id,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema85.type,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate200.errors = vErrors;
return errors === 0;
}

/** The precompiled validators by schema reference (`file` or `file#/definitions/Name`). */
export const precompiledWire: Readonly<Record<string, PrecompiledValidator>> = {
  "wire/envelope.schema.json#/definitions/Message": v0,
  "wire/envelope.schema.json#/definitions/ResultInfo": v1,
  "wire/envelope.schema.json#/definitions/Success": v2,
  "wire/envelope.schema.json#/definitions/Failure": v3,
  "wire/envelope.schema.json#/definitions/ListQuery": v4,
  "wire/mcp-server.schema.json#/definitions/CapabilityOverride": v5,
  "wire/mcp-server.schema.json#/definitions/Create": v6,
  "wire/mcp-server.schema.json#/definitions/Update": v7,
  "wire/mcp-server.schema.json#/definitions/ErrorDetails": v8,
  "wire/mcp-server.schema.json#/definitions/AuthConfigSummary": v9,
  "wire/mcp-server.schema.json#/definitions/Capability": v10,
  "wire/mcp-server.schema.json#/definitions/SyncResult": v11,
  "wire/mcp-server.schema.json#/definitions/Object": v12,
  "wire/mcp-portal.schema.json#/definitions/ServerMappingRequest": v13,
  "wire/mcp-portal.schema.json#/definitions/ResourceRule": v14,
  "wire/mcp-portal.schema.json#/definitions/Create": v15,
  "wire/mcp-portal.schema.json#/definitions/Update": v16,
  "wire/mcp-portal.schema.json#/definitions/OverrideResponse": v17,
  "wire/mcp-portal.schema.json#/definitions/ServerMappingResponse": v18,
  "wire/mcp-portal.schema.json#/definitions/ResourceRuleResponse": v19,
  "wire/mcp-portal.schema.json#/definitions/Object": v20,
  "wire/access-policy.schema.json#/definitions/Rule": v21,
  "wire/access-policy.schema.json#/definitions/ApprovalGroup": v22,
  "wire/access-policy.schema.json#/definitions/MfaConfig": v23,
  "wire/access-policy.schema.json#/definitions/ConnectionRules": v24,
  "wire/access-policy.schema.json#/definitions/Create": v25,
  "wire/access-policy.schema.json#/definitions/Update": v26,
  "wire/access-policy.schema.json#/definitions/Object": v27,
  "wire/access-app.schema.json#/definitions/Destination": v28,
  "wire/access-app.schema.json#/definitions/PolicyLink": v29,
  "wire/access-app.schema.json#/definitions/OAuthConfiguration": v30,
  "wire/access-app.schema.json#/definitions/ScimConfig": v31,
  "wire/access-app.schema.json#/definitions/Create": v32,
  "wire/access-app.schema.json#/definitions/Update": v33,
  "wire/access-app.schema.json#/definitions/AppPolicy": v34,
  "wire/access-app.schema.json#/definitions/Object": v35,
  "wire/service-token.schema.json#/definitions/Duration": v36,
  "wire/service-token.schema.json#/definitions/Create": v37,
  "wire/service-token.schema.json#/definitions/Update": v38,
  "wire/service-token.schema.json#/definitions/Rotate": v39,
  "wire/service-token.schema.json#/definitions/Object": v40,
  "wire/service-token.schema.json#/definitions/WithSecret": v41,
  "wire/access-group.schema.json#/definitions/Create": v42,
  "wire/access-group.schema.json#/definitions/Update": v43,
  "wire/access-group.schema.json#/definitions/Object": v44,
  "wire/access-tag.schema.json#/definitions/Create": v45,
  "wire/access-tag.schema.json#/definitions/Update": v46,
  "wire/access-tag.schema.json#/definitions/Object": v47,
  "wire/dns-record.schema.json#/definitions/Type": v48,
  "wire/dns-record.schema.json#/definitions/Name": v49,
  "wire/dns-record.schema.json#/definitions/Content": v50,
  "wire/dns-record.schema.json#/definitions/Ttl": v51,
  "wire/dns-record.schema.json#/definitions/Comment": v52,
  "wire/dns-record.schema.json#/definitions/Tags": v53,
  "wire/dns-record.schema.json#/definitions/Create": v54,
  "wire/dns-record.schema.json#/definitions/Update": v55,
  "wire/dns-record.schema.json#/definitions/Edit": v56,
  "wire/dns-record.schema.json#/definitions/Object": v57,
  "wire/dns-record.schema.json#/definitions/Deleted": v58,
  "wire/identity-provider.schema.json#/definitions/Object": v59,
  "wire/request-log.schema.json#/definitions/Status": v60,
  "wire/request-log.schema.json#/definitions/Object": v61,
};
