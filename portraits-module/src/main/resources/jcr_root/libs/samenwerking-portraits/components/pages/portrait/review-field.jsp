<%-- One feedback field: label, the message when the post was refused, and the text typed before. --%>
<%@ page pageEncoding="UTF-8" %><%@include file="/libs/sling-cms/global.jsp"%>
<c:set var="swkR" value="${requestScope.swkReview}" />
<c:set var="swkM" value="${swkR.messages}" />
<c:set var="swkField" value="feedback-${requestScope.swkSection}" />
<c:set var="swkFieldError" value="${swkR.errors[swkField]}" />
<c:set var="swkLabelKey" value="review.section.${requestScope.swkSection}" />
<div class="swk-review__field${empty swkFieldError ? '' : ' swk-review__field--error'}">
    <label for="${sling:encode(swkField,'HTML_ATTR')}"><sling:encode value="${swkM[swkLabelKey]}" mode="HTML" /></label>
    <c:if test="${not empty swkFieldError}">
        <p class="swk-review__error" id="${sling:encode(swkField,'HTML_ATTR')}-error"><sling:encode value="${swkFieldError}" mode="HTML" /></p>
    </c:if>
    <textarea id="${sling:encode(swkField,'HTML_ATTR')}" name="${sling:encode(swkField,'HTML_ATTR')}" form="swk-review-form"
        rows="${requestScope.swkSection == 'general' ? 5 : 3}" maxlength="4000"
        <c:if test="${not empty swkFieldError}">aria-invalid="true" aria-describedby="${sling:encode(swkField,'HTML_ATTR')}-error"</c:if>><sling:encode value="${swkR.values[swkField]}" mode="HTML" /></textarea>
</div>
